package vn.antq.gateway.passthrough;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import vn.antq.gateway.grpc.GrpcBackends;
import vn.antq.gateway.grpc.GrpcInvoker;
import vn.antq.gateway.limits.ProvinceLimits;
import vn.antq.gateway.security.Callers;
import vn.antq.gateway.transcode.ProtoCatalog;

/**
 * Native gRPC for system clients. Spring Cloud Gateway's own gRPC routing needs TLS on both sides
 * and per-route setup; this is a plain grpc-java server whose methods come from the same contracts,
 * backends, JWT decoder and limits as the REST API.
 */
@Configuration(proxyBeanMethods = false)
class PassThroughConfiguration {

  @Bean
  GrpcPassThroughServer grpcPassThroughServer(GrpcPassThroughProperties properties, ProtoCatalog catalog,
      GrpcBackends backends, GrpcInvoker invoker, ReactiveJwtDecoder tokens, Callers callers, ProvinceLimits limits) {
    PassThroughGuard guard = new PassThroughGuard(tokens, callers, limits);
    return new GrpcPassThroughServer(properties,
        new PassThroughRegistry(catalog, backends, method -> new PassThroughHandler(method, guard, invoker)));
  }
}

package vn.antq.gateway.transcode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.antq.gateway.GatewayProperties;
import vn.antq.gateway.grpc.GrpcBackends;
import vn.antq.gateway.grpc.GrpcInvoker;
import vn.antq.gateway.problem.GrpcProblemMapper;
import vn.antq.gateway.problem.ProblemWriter;
import vn.antq.gateway.security.Callers;

@Configuration(proxyBeanMethods = false)
class TranscodingConfiguration {

  /** Published by antq-proto; holds every contract plus the google/* files they import. */
  static final String DESCRIPTOR_SET = "antq/descriptors.pb";

  private static final Logger log = LoggerFactory.getLogger(TranscodingConfiguration.class);

  @Bean
  ProtoCatalog protoCatalog() {
    return ProtoCatalog.load(DESCRIPTOR_SET);
  }

  @Bean
  HttpRuleIndex httpRuleIndex(ProtoCatalog catalog, GrpcBackends backends, GatewayProperties properties) {
    HttpRuleIndex index = HttpRuleIndex.of(catalog.files());
    properties.maxBodySizes().keySet().forEach(method -> {
      if (index.bindings().stream().noneMatch(binding -> binding.method().getFullName().equals(method))) {
        // A misspelt name would silently leave the operation at the default limit.
        throw new IllegalStateException("antq.gateway.max-body-sizes names " + method + ", which no route serves");
      }
    });
    index.bindings().forEach(binding -> {
      String protoPackage = binding.method().getService().getFile().getPackage();
      if (backends.forPackage(protoPackage).isEmpty()) {
        // Contracts may ship before their service; such routes answer 501 until a backend is configured.
        log.warn("No backend for {}: {} answers 501", protoPackage, binding);
      } else {
        log.debug("Route {}", binding);
      }
    });
    return index;
  }

  @Bean
  GrpcTranscoder grpcTranscoder(HttpRuleIndex routes, ProtoCatalog catalog, Callers callers, GrpcInvoker invoker,
      ProblemWriter problems, GrpcProblemMapper problemMapper, GatewayProperties properties) {
    return new GrpcTranscoder(routes, callers, new RequestBinder(catalog.parser()), invoker, catalog.printer(),
        problems, problemMapper, properties::maxBodyBytes);
  }

  @Bean
  GrpcTranscodingGatewayFilterFactory grpcTranscodingGatewayFilterFactory(GrpcTranscoder transcoder) {
    return new GrpcTranscodingGatewayFilterFactory(transcoder);
  }
}

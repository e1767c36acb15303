package vn.antq.grpc;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;
import vn.antq.core.NationalAudit;

/**
 * Wires the shared gRPC plumbing into every service: token verification against the configured
 * JWKS, the caller interceptor, domain error mapping and token forwarding on outgoing calls.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.grpc.server.autoconfigure.exception.GrpcExceptionHandlerAutoConfiguration")
public class GrpcPlatformAutoConfiguration {

  /** A service without an audit store cannot offer national operations: every one is refused. */
  private static final NationalAudit NO_AUDIT = entry -> {
    throw new IllegalStateException("this service keeps no national audit (see libs/persistence JdbcNationalAudit)");
  };

  @Bean
  @ConditionalOnMissingBean
  JwtDecoder jwtDecoder(
      @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:http://localhost:9000/oauth2/jwks}") String jwkSetUri,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
    decoder.setJwtValidator(StringUtils.hasText(issuer)
        ? JwtValidators.createDefaultWithIssuer(issuer)
        : new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault()));
    return decoder;
  }

  @Bean
  @ConditionalOnMissingBean
  CallerVerifier callerVerifier(JwtDecoder decoder,
                                @Value("${antq.security.claims.province:province}") String provinceClaim,
                                @Value("${antq.security.claims.roles:roles}") String rolesClaim) {
    return new CallerVerifier(decoder, provinceClaim, rolesClaim);
  }

  @Bean
  @GlobalServerInterceptor
  @Order(Ordered.HIGHEST_PRECEDENCE + 100)
  CallerInterceptor callerInterceptor(CallerVerifier verifier, ObjectProvider<NationalAudit> audit) {
    return new CallerInterceptor(verifier, audit.getIfAvailable(() -> NO_AUDIT));
  }


  @Bean
  @GlobalServerInterceptor
  @Order(Ordered.HIGHEST_PRECEDENCE + 50)
  RpcAccessInterceptor rpcAccessInterceptor(ObjectProvider<MeterRegistry> registry,
                                              @Value("${spring.application.name:unknown}") String service) {
    return new RpcAccessInterceptor(registry.getIfAvailable(() -> Metrics.globalRegistry), service);
  }

  @Bean
  DomainExceptionHandler domainExceptionHandler() {
    return new DomainExceptionHandler();
  }

  @Bean
  @GlobalClientInterceptor
  CallerForwardingInterceptor callerForwardingInterceptor() {
    return new CallerForwardingInterceptor();
  }
}

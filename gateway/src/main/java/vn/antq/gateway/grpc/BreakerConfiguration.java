package vn.antq.gateway.grpc;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.antq.gateway.GatewayProperties;

/**
 * One circuit breaker and time limiter per backend. Thresholds come from the standard
 * {@code resilience4j.circuitbreaker.configs.default.*} properties; what counts as a failure is
 * fixed here: only signs of an unhealthy backend, never a caller's mistake such as NOT_FOUND.
 */
@Configuration(proxyBeanMethods = false)
class BreakerConfiguration {

  /** The gRPC deadline normally ends a slow call first, with a real DEADLINE_EXCEEDED; the limiter is the backstop. */
  private static final Duration LIMITER_GRACE = Duration.ofSeconds(1);

  private static final Set<Status.Code> BACKEND_FAULTS = EnumSet.of(
      Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.INTERNAL, Status.Code.UNKNOWN,
      Status.Code.DATA_LOSS);

  @Bean
  Customizer<ReactiveResilience4JCircuitBreakerFactory> backendBreakers(GatewayProperties properties) {
    return factory -> {
      CircuitBreakerConfig breaker = CircuitBreakerConfig.from(factory.getCircuitBreakerRegistry().getDefaultConfig())
          .recordException(BreakerConfiguration::isBackendFault)
          .build();
      TimeLimiterConfig limiter = TimeLimiterConfig.custom()
          .timeoutDuration(properties.deadline().plus(LIMITER_GRACE))
          .build();
      properties.backends().keySet().forEach(name -> {
        factory.getCircuitBreakerRegistry().addConfiguration(name, breaker);
        factory.getTimeLimiterRegistry().addConfiguration(name, limiter);
      });
    };
  }

  static boolean isBackendFault(Throwable error) {
    if (error instanceof StatusRuntimeException || error instanceof StatusException) {
      return BACKEND_FAULTS.contains(Status.fromThrowable(error).getCode());
    }
    return error instanceof TimeoutException;
  }
}

package vn.antq.gateway.security;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Puts {@link CachingJwtDecoder} in front of the decoder Spring Boot configures from
 * {@code spring.security.oauth2.resourceserver.jwt.*}, which stays in charge of keys and validation.
 */
@Configuration(proxyBeanMethods = false)
class TokenCacheConfiguration {

  /** Distinct tokens remembered: far more than the callers of a busy hour. */
  private static final long MAX_TOKENS = 10_000;
  /** How much longer than without the cache a token signed by a key just removed from the JWKS may still pass. */
  private static final Duration MAX_AGE = Duration.ofMinutes(1);

  @Bean
  static BeanPostProcessor cachingJwtDecoder() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
            ? new CachingJwtDecoder(decoder, MAX_TOKENS, MAX_AGE, Clock.systemUTC(), Ticker.systemTicker())
            : bean;
      }
    };
  }
}

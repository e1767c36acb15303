package vn.antq.gateway.limits;

import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.antq.gateway.problem.ProblemWriter;
import vn.antq.gateway.security.Callers;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

  /**
   * While the connection to Redis is down, commands fail at once instead of queueing for the
   * reconnect: a limit check must never hold a request up (it fails open instead).
   */
  @Bean
  LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
    return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
  }

  @Bean
  LimitSettings limitSettings(Environment environment, RateLimitProperties properties, TenantProperties tenants) {
    return new LimitSettings(environment, properties, tenants);
  }

  @Bean
  ProvinceLimits provinceLimits(LimitSettings settings, RateLimitProperties properties,
      ReactiveStringRedisTemplate redis, MeterRegistry meters) {
    RedisScript<Long> script = RedisScript.of(LimitCounters.scriptText(), Long.class);
    return new ProvinceLimits(settings, new LimitCounters(redis, script, properties.quotaZone()), meters);
  }

  @Bean
  ProvinceLimitsGatewayFilterFactory provinceLimitsGatewayFilterFactory(ProvinceLimits limits, Callers callers,
      ProblemWriter problems) {
    return new ProvinceLimitsGatewayFilterFactory(limits, callers, problems);
  }
}

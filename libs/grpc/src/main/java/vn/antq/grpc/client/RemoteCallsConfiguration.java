package vn.antq.grpc.client;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The guarded remote-call helper, its Resilience4j registries (with Micrometer metrics) and config refresh. */
@AutoConfiguration
@EnableConfigurationProperties(RemoteProperties.class)
public class RemoteCallsConfiguration {

  @Bean
  RemoteCalls remoteCalls(RemoteProperties properties, ObjectProvider<MeterRegistry> meters) {
    CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    RetryRegistry retries = RetryRegistry.ofDefaults();
    BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
    meters.ifAvailable(registry -> {
      TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
      TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(registry);
      TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(registry);
    });
    return new RemoteCalls(properties, breakers, retries, bulkheads);
  }

  @Bean
  ApplicationListener<EnvironmentChangeEvent> remoteCallsRefresh(RemoteCalls calls, Environment environment) {
    return event -> {
      if (event.getKeys().stream().anyMatch(key -> key.startsWith("antq.remote."))) {
        calls.reconfigure(Binder.get(environment).bindOrCreate("antq.remote", RemoteProperties.class));
      }
    };
  }
}

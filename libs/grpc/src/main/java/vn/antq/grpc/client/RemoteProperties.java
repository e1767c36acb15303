package vn.antq.grpc.client;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guard settings of outgoing gRPC calls, per target service ({@code antq.remote.targets.<name>}),
 * falling back to {@code antq.remote.defaults}. Served from config-repo; a refresh applies them
 * without a restart.
 */
@ConfigurationProperties("antq.remote")
public record RemoteProperties(@DefaultValue Guard defaults, Map<String, Guard> targets) {

  public RemoteProperties {
    targets = targets == null ? Map.of() : Map.copyOf(targets);
  }

  public Guard forTarget(String name) {
    return targets.getOrDefault(name, defaults);
  }

  /**
   * @param deadline per attempt
   * @param maxAttempts including the first; only safe calls are repeated
   * @param retryBackoff wait between attempts
   * @param failureRateThreshold percentage of failed calls that opens the breaker
   * @param slidingWindowSize calls the failure rate is computed over
   * @param minimumNumberOfCalls calls before the rate counts
   * @param waitInOpenState how long an open breaker refuses calls before probing again
   * @param maxConcurrentCalls bulkhead: calls in flight to this target at once
   */
  public record Guard(
      @DefaultValue("2s") Duration deadline,
      @DefaultValue("3") int maxAttempts,
      @DefaultValue("100ms") Duration retryBackoff,
      @DefaultValue("50") float failureRateThreshold,
      @DefaultValue("20") int slidingWindowSize,
      @DefaultValue("10") int minimumNumberOfCalls,
      @DefaultValue("10s") Duration waitInOpenState,
      @DefaultValue("50") int maxConcurrentCalls) {}
}

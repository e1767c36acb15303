package vn.antq.grpc.client;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.antq.core.DomainException;

/**
 * Every outgoing gRPC call of a service goes through here: a bulkhead, a circuit breaker, bounded
 * retries only for calls that are safe to repeat, and a deadline on each attempt. Failures come out
 * as gRPC statuses; {@link #unavailable} turns the transient ones into a domain error.
 */
public class RemoteCalls {

  /** Statuses that say the callee is in trouble, not that the request was wrong. */
  private static final Set<Status.Code> TRANSIENT = EnumSet.of(
      Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED,
      Status.Code.INTERNAL, Status.Code.UNKNOWN);

  /** Answers about the name asked for: it is not there for this caller (absent, not theirs, not a name). */
  private static final Set<Status.Code> ABSENT = EnumSet.of(
      Status.Code.NOT_FOUND, Status.Code.PERMISSION_DENIED, Status.Code.INVALID_ARGUMENT);

  private final CircuitBreakerRegistry breakers;
  private final RetryRegistry retries;
  private final BulkheadRegistry bulkheads;
  private volatile RemoteProperties properties;

  public RemoteCalls(RemoteProperties properties, CircuitBreakerRegistry breakers, RetryRegistry retries,
                     BulkheadRegistry bulkheads) {
    this.properties = properties;
    this.breakers = breakers;
    this.retries = retries;
    this.bulkheads = bulkheads;
  }

  /**
   * Calls {@code rpc} on {@code stub} for the named target.
   *
   * @throws StatusRuntimeException with the callee's status, or UNAVAILABLE when the breaker is open
   *     or the bulkhead is full
   */
  public <S extends AbstractStub<S>, T> T call(String target, CallSafety safety, S stub, Function<S, T> rpc) {
    RemoteProperties.Guard guard = properties.forTarget(target);
    Supplier<T> attempt = () -> rpc.apply(stub.withDeadlineAfter(guard.deadline().toMillis(), TimeUnit.MILLISECONDS));
    Supplier<T> guarded = CircuitBreaker.decorateSupplier(breaker(target, guard), attempt);
    guarded = Bulkhead.decorateSupplier(bulkhead(target, guard), guarded);
    if (safety.mayRetry()) {
      guarded = Retry.decorateSupplier(retry(target, guard), guarded);
    }
    try {
      return guarded.get();
    } catch (CallNotPermittedException e) {
      throw Status.UNAVAILABLE.withDescription(target + " is unavailable (circuit open)").asRuntimeException();
    } catch (BulkheadFullException e) {
      throw Status.UNAVAILABLE.withDescription(target + " is saturated (too many calls in flight)").asRuntimeException();
    }
  }

  /** True for statuses that mean "try later", as opposed to an answer about the request. */
  public static boolean isTransient(StatusRuntimeException error) {
    return TRANSIENT.contains(error.getStatus().getCode());
  }

  /** True when the callee answered that what was asked for is not there for this caller. */
  public static boolean isAbsent(StatusRuntimeException error) {
    return ABSENT.contains(error.getStatus().getCode());
  }

  /** The domain's view of a transient failure of {@code target}. */
  public static DomainException.Unavailable unavailable(String target, StatusRuntimeException error) {
    return new DomainException.Unavailable(target + " could not be reached in time ("
        + error.getStatus().getCode() + "); try again later");
  }

  /** New settings (after a config refresh): the next call builds its guards from them. */
  public void reconfigure(RemoteProperties newProperties) {
    this.properties = newProperties;
    breakers.getAllCircuitBreakers().forEach(b -> breakers.remove(b.getName()));
    retries.getAllRetries().forEach(r -> retries.remove(r.getName()));
    bulkheads.getAllBulkheads().forEach(b -> bulkheads.remove(b.getName()));
  }

  public CircuitBreaker.State breakerState(String target) {
    return breaker(target, properties.forTarget(target)).getState();
  }

  private CircuitBreaker breaker(String target, RemoteProperties.Guard guard) {
    return breakers.circuitBreaker(target, () -> CircuitBreakerConfig.custom()
        .failureRateThreshold(guard.failureRateThreshold())
        .slidingWindowSize(guard.slidingWindowSize())
        .minimumNumberOfCalls(guard.minimumNumberOfCalls())
        .waitDurationInOpenState(guard.waitInOpenState())
        .automaticTransitionFromOpenToHalfOpenEnabled(true)
        .recordException(e -> e instanceof StatusRuntimeException s && isTransient(s))
        .build());
  }

  private Retry retry(String target, RemoteProperties.Guard guard) {
    return retries.retry(target, () -> RetryConfig.custom()
        .maxAttempts(Math.max(1, guard.maxAttempts()))
        .waitDuration(guard.retryBackoff())
        .retryOnException(e -> e instanceof StatusRuntimeException s
            && (s.getStatus().getCode() == Status.Code.UNAVAILABLE
                || s.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED))
        .build());
  }

  private Bulkhead bulkhead(String target, RemoteProperties.Guard guard) {
    return bulkheads.bulkhead(target, () -> BulkheadConfig.custom()
        .maxConcurrentCalls(guard.maxConcurrentCalls())
        .maxWaitDuration(java.time.Duration.ZERO)
        .build());
  }
}

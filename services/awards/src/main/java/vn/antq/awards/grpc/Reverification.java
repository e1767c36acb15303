package vn.antq.awards.grpc;

import io.grpc.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.antq.awards.domain.AwardWorkflow;
import vn.antq.core.Tenant;

/**
 * Re-verifies a province's UNVERIFIED recipients in the background, at most once per interval per
 * province. Every check is a call to the registry or the members service with a caller's token
 * (services call each other on a caller's behalf, never on their own), so the sweep runs on the
 * context of a call of that province: the first call after the interval starts it, and the caller
 * does not wait for it. A decision re-verifies its own recipients itself.
 */
@Component
public class Reverification implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Reverification.class);

  private final AwardWorkflow workflow;
  private final Duration interval;
  private final int limit;
  private final Map<String, Long> lastSweep = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
    Thread thread = new Thread(work, "awards-reverify");
    thread.setDaemon(true);
    return thread;
  });

  public Reverification(AwardWorkflow workflow, @Value("${antq.awards.reverify-interval:30s}") Duration interval,
                        @Value("${antq.awards.reverify-limit:100}") int limit) {
    this.workflow = workflow;
    this.interval = interval;
    this.limit = limit;
  }

  /** Starts a sweep of the caller's province when its last one is older than the interval. */
  void afterCall() {
    String province = Tenant.currentProvince().orElse(null);
    if (province == null) {
      return;
    }
    long now = System.nanoTime();
    Long last = lastSweep.get(province);
    boolean due = last == null ? lastSweep.putIfAbsent(province, now) == null
        : now - last >= interval.toNanos() && lastSweep.replace(province, last, now);
    if (!due) {
      return;
    }
    // Forked: the caller's identity stays, its cancellation and deadline do not (it has been answered).
    executor.execute(Context.current().fork().wrap(() -> {
      try {
        int settled = workflow.verifyPending(limit);
        if (settled > 0) {
          log.info("Re-verified {} nomination recipients of {}", settled, province);
        }
      } catch (RuntimeException e) {
        log.debug("Re-verification of {} put off: {}", province, e.toString());
      }
    }));
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}

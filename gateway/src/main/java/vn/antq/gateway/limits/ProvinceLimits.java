package vn.antq.gateway.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.antq.core.Caller;

/**
 * The gateway's per-province limits: a province that is not active is refused; otherwise its tier's
 * token bucket and daily quota decide. Provinces each have their own counters, and every caller
 * without a province (the Ministry) shares one. The counters live in Redis; when Redis does not
 * answer, requests are let through (fail open), logged and counted, so an outage of the counter
 * store never becomes an outage of the platform.
 */
public class ProvinceLimits {

  private static final Logger log = LoggerFactory.getLogger(ProvinceLimits.class);
  private static final String MINISTRY_KEY = "ministry";
  /** Every tier refills at least one token a second: the next one comes within a second. */
  private static final Duration REFILL_TICK = Duration.ofSeconds(1);

  private final LimitSettings settings;
  private final LimitCounters counters;
  private final MeterRegistry meters;
  private final Counter failOpen;
  private final AtomicBoolean storeDown = new AtomicBoolean();

  ProvinceLimits(LimitSettings settings, LimitCounters counters, MeterRegistry meters) {
    this.settings = settings;
    this.counters = counters;
    this.meters = meters;
    this.failOpen = Counter.builder("antq.gateway.rate-limit.fail-open")
        .description("Requests let through unlimited because the rate-limit store did not answer")
        .register(meters);
    if (settings.limits().tiers().isEmpty()) {
      log.warn("No rate-limit tiers are configured (antq.gateway.rate-limits.tiers): requests are not limited");
    }
  }

  public Mono<LimitDecision> check(Caller caller) {
    RateLimitProperties properties = settings.limits();
    String province = caller.province();
    TenantProperties.Tenant tenant = province == null ? null : settings.tenants().find(province).orElse(null);
    if (tenant != null && !tenant.isActive()) {
      return Mono.just(rejected(LimitDecision.SUSPENDED, province, "suspended"));
    }
    if (properties.tiers().isEmpty()) {
      return Mono.just(LimitDecision.ALLOWED);
    }
    String key = province == null ? MINISTRY_KEY : "province:" + province;
    String tag = province == null ? MINISTRY_KEY : province;
    RateLimitProperties.Tier tier = properties.tiers().get(tierName(properties, province, tenant));
    return counters.take(key, tier)
        .map(outcome -> switch (outcome) {
          case ALLOWED -> LimitDecision.ALLOWED;
          case RATE -> rejected(new LimitDecision.Limited(LimitDecision.Reason.RATE, REFILL_TICK), tag, "rate");
          case QUOTA -> rejected(new LimitDecision.Limited(LimitDecision.Reason.QUOTA, counters.untilMidnight()),
              tag, "quota");
        })
        .timeout(properties.storeTimeout())
        .doOnNext(decision -> {
          if (storeDown.compareAndSet(true, false)) {
            log.info("The rate-limit store answers again: limits are enforced");
          }
        })
        .onErrorResume(this::failOpen);
  }

  private static String tierName(RateLimitProperties properties, String province, TenantProperties.Tenant tenant) {
    if (province == null) {
      return RateLimitProperties.MINISTRY_TIER;
    }
    String tier = tenant == null ? null : tenant.tier();
    return tier != null && properties.tiers().containsKey(tier) ? tier : properties.defaultTier();
  }

  private LimitDecision rejected(LimitDecision decision, String caller, String reason) {
    meters.counter("antq.gateway.rate-limit.rejected", "caller", caller, "reason", reason).increment();
    return decision;
  }

  private Mono<LimitDecision> failOpen(Throwable error) {
    failOpen.increment();
    if (storeDown.compareAndSet(false, true)) {
      log.warn("The rate-limit store does not answer; requests pass unlimited until it does: {}", error.toString());
    }
    return Mono.just(LimitDecision.ALLOWED);
  }
}

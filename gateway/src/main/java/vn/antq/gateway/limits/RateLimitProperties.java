package vn.antq.gateway.limits;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request limits by tier. A province's tier comes from its tenant file ({@code antq.tenants.<slug>.tier});
 * every caller without a province (the Ministry) shares the {@value #MINISTRY_TIER} tier. With no
 * tiers configured nothing is limited.
 *
 * @param tiers limits by tier name: {@code small}, {@code standard}, {@code large} and {@value #MINISTRY_TIER}
 * @param defaultTier tier of a province that has none, or one this gateway does not define
 * @param quotaZone time zone whose midnight resets the daily quotas
 * @param storeTimeout longest wait for Redis before a request is let through unlimited
 */
@ConfigurationProperties("antq.gateway.rate-limits")
public record RateLimitProperties(
    Map<String, Tier> tiers,
    @DefaultValue("standard") String defaultTier,
    @DefaultValue("Asia/Ho_Chi_Minh") ZoneId quotaZone,
    @DefaultValue("250ms") Duration storeTimeout) {

  public static final String MINISTRY_TIER = "ministry";

  public RateLimitProperties {
    tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
    if (!tiers.isEmpty()) {
      for (String required : new String[] {defaultTier, MINISTRY_TIER}) {
        if (!tiers.containsKey(required)) {
          throw new IllegalStateException("antq.gateway.rate-limits.tiers has no '" + required + "' tier");
        }
      }
    }
  }

  /**
   * One tier's limits: a token bucket refilled at {@code replenishRate} requests per second holding
   * at most {@code burstCapacity}, and at most {@code dailyQuota} requests a day (0: no quota).
   */
  public record Tier(int replenishRate, long burstCapacity, long dailyQuota) {

    public Tier {
      if (replenishRate < 1 || burstCapacity < 1 || dailyQuota < 0) {
        throw new IllegalStateException("a rate-limit tier needs replenish-rate >= 1, burst-capacity >= 1 and "
            + "daily-quota >= 0, got " + replenishRate + ", " + burstCapacity + ", " + dailyQuota);
      }
    }
  }
}

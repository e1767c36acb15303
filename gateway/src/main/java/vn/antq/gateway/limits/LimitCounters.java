package vn.antq.gateway.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * A caller's token bucket and daily request counter in Redis, shared by every gateway replica, both
 * checked by one script ({@code antq/province-limits.lua}): one round trip per request, and no
 * request counted against the quota that the bucket refused. The day ends at midnight in the
 * configured zone.
 */
class LimitCounters {

  /** What the script answered. */
  enum Outcome { ALLOWED, RATE, QUOTA }

  /** Yesterday's counter outlives its day a little, for replicas whose clocks lag. */
  private static final Duration KEEP_AFTER_MIDNIGHT = Duration.ofHours(1);

  private final ReactiveStringRedisTemplate redis;
  private final RedisScript<Long> script;
  private final ZoneId zone;

  LimitCounters(ReactiveStringRedisTemplate redis, RedisScript<Long> script, ZoneId zone) {
    this.redis = redis;
    this.script = script;
    this.zone = zone;
  }

  /**
   * The script's text, read once. A script made from a classpath resource checks the resource's
   * modification time on every call (a jar lookup, 5 % of the gateway's CPU in the bench's profile).
   */
  static String scriptText() {
    try {
      return new ClassPathResource("antq/province-limits.lua").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the rate-limit script is missing from the gateway", e);
    }
  }

  /** Counts one request of {@code key} (a province or the Ministry) under its tier. */
  Mono<Outcome> take(String key, RateLimitProperties.Tier tier) {
    ZonedDateTime now = ZonedDateTime.now(zone);
    List<String> keys = List.of("antq.rate.{" + key + "}", "antq.quota.{" + key + "}." + now.toLocalDate());
    List<String> arguments = List.of(Integer.toString(tier.replenishRate()), Long.toString(tier.burstCapacity()),
        Long.toString(tier.dailyQuota()), Long.toString(untilMidnight(now).plus(KEEP_AFTER_MIDNIGHT).toSeconds()));
    return redis.execute(script, keys, arguments).next().map(answer -> Outcome.values()[answer.intValue()]);
  }

  Duration untilMidnight() {
    return untilMidnight(ZonedDateTime.now(zone));
  }

  private static Duration untilMidnight(ZonedDateTime now) {
    return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
  }
}

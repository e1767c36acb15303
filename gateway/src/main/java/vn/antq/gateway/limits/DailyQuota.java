package vn.antq.gateway.limits;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/** A request counter per key and day in Redis; the day ends at midnight in the configured zone. */
class DailyQuota {

  /** Yesterday's counter outlives its day a little, for replicas whose clocks lag. */
  private static final Duration KEEP_AFTER_MIDNIGHT = Duration.ofHours(1);

  private final ReactiveStringRedisTemplate redis;
  private final RedisScript<Long> script;
  private final ZoneId zone;

  DailyQuota(ReactiveStringRedisTemplate redis, RedisScript<Long> script, ZoneId zone) {
    this.redis = redis;
    this.script = script;
    this.zone = zone;
  }

  /** Counts one request; true while the day's count stays within the quota. */
  Mono<Boolean> take(String key, long quota) {
    ZonedDateTime now = ZonedDateTime.now(zone);
    String dayKey = "antq.quota.{" + key + "}." + now.toLocalDate();
    long ttl = untilMidnight(now).plus(KEEP_AFTER_MIDNIGHT).toSeconds();
    return redis.execute(script, List.of(dayKey), List.of(Long.toString(ttl)))
        .next()
        .map(used -> used <= quota);
  }

  Duration untilMidnight() {
    return untilMidnight(ZonedDateTime.now(zone));
  }

  private static Duration untilMidnight(ZonedDateTime now) {
    return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
  }
}

package vn.antq.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * A token bucket per key in Redis, run by Spring Cloud Gateway's own rate-limiter script
 * ({@code redisRequestRateLimiterScript}), so every gateway replica draws from the same bucket.
 * The script reads Redis's clock, never a replica's.
 */
class TokenBucket {

  private final ReactiveStringRedisTemplate redis;
  private final RedisScript<List<Long>> script;

  TokenBucket(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script) {
    this.redis = redis;
    this.script = script;
  }

  /** Takes one token; true when there was one. */
  Mono<Boolean> take(String key, RateLimitProperties.Tier tier) {
    // One hash tag for both keys: a Redis Cluster keeps them in the same slot, as the script needs.
    List<String> keys = List.of("antq.rate.{" + key + "}.tokens", "antq.rate.{" + key + "}.timestamp");
    // Arguments: rate, capacity, now ("" = Redis TIME), tokens requested.
    List<String> arguments = List.of(Integer.toString(tier.replenishRate()), Long.toString(tier.burstCapacity()), "", "1");
    return redis.execute(script, keys, arguments)
        .reduce(new ArrayList<Long>(), (all, part) -> {
          all.addAll(part);
          return all;
        })
        .map(result -> result.get(0) == 1L);
  }
}

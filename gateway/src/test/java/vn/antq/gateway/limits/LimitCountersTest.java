package vn.antq.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.antq.gateway.limits.LimitCounters.Outcome;
import vn.antq.test.RedisFixture;

/** The limits script itself against a real Redis: bucket, refill, quota, and what a refusal leaves behind. */
class LimitCountersTest {

  static LettuceConnectionFactory connections;
  static ReactiveStringRedisTemplate redis;
  static LimitCounters counters;

  @BeforeAll
  static void connect() {
    RedisFixture fixture = RedisFixture.shared();
    RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(fixture.host(), fixture.port());
    server.setDatabase(2);
    connections = new LettuceConnectionFactory(server);
    connections.afterPropertiesSet();
    redis = new ReactiveStringRedisTemplate(connections);
    counters = new LimitCounters(redis, RedisScript.of(LimitCounters.scriptText(), Long.class),
        ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  @AfterAll
  static void close() {
    connections.destroy();
  }

  @Test
  void aBucketGivesItsCapacityThenRefuses() {
    String key = uniqueKey();
    // One token a second: the fourth and fifth request within two seconds cannot both have one.
    List<Outcome> burst = take(key, new RateLimitProperties.Tier(1, 3, 0), 5);

    assertThat(burst).startsWith(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED);
    assertThat(burst.subList(3, 5)).contains(Outcome.RATE);
  }

  @Test
  void anEmptyBucketRefillsAtItsRateUpToItsCapacity() throws InterruptedException {
    String key = uniqueKey();
    RateLimitProperties.Tier tier = new RateLimitProperties.Tier(1, 1, 0);

    List<Outcome> first = take(key, tier, 2);
    Thread.sleep(1100);
    // A little over a second later: one token again, never more than the capacity of one.
    List<Outcome> later = take(key, tier, 2);

    assertThat(first).containsExactly(Outcome.ALLOWED, Outcome.RATE);
    assertThat(later).containsExactly(Outcome.ALLOWED, Outcome.RATE);
  }

  @Test
  void theQuotaCountsOnlyRequestsTheBucketLetThrough() {
    String key = uniqueKey();
    RateLimitProperties.Tier tier = new RateLimitProperties.Tier(1, 2, 3);

    List<Outcome> outcomes = take(key, tier, 4);

    assertThat(outcomes).containsExactly(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.RATE, Outcome.RATE);
    String day = redis.keys("antq.quota.{" + key + "}.*").blockFirst();
    assertThat(redis.opsForValue().get(day).block()).isEqualTo("2");
  }

  @Test
  void theDayEndsTheQuotaAndItsCounterExpiresAfterMidnight() {
    String key = uniqueKey();
    RateLimitProperties.Tier tier = new RateLimitProperties.Tier(1000, 1000, 3);

    List<Outcome> outcomes = take(key, tier, 5);

    assertThat(outcomes).containsExactly(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.QUOTA, Outcome.QUOTA);
    String day = redis.keys("antq.quota.{" + key + "}.*").blockFirst();
    Duration expiry = redis.getExpire(day).block();
    assertThat(expiry).isBetween(counters.untilMidnight().plusMinutes(59), counters.untilMidnight().plusMinutes(61));
    // An idle bucket is full again after capacity / rate seconds, so it is not kept longer than that.
    assertThat(redis.getExpire("antq.rate.{" + key + "}").block()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  private static List<Outcome> take(String key, RateLimitProperties.Tier tier, int times) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      outcomes.add(counters.take(key, tier).block());
    }
    return outcomes;
  }

  private static String uniqueKey() {
    return "province:test-" + UUID.randomUUID();
  }
}

package vn.antq.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.test.RedisFixture;
import vn.antq.test.TestIssuer;

/** Nothing listens where Redis should be: limits fail open, quickly, and say so in a metric. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.cloud.config.enabled=false",
    "antq.gateway.grpc.port=0"})
class RedisDownTest {

  static final TestIssuer issuer = new TestIssuer();
  static final FakeRegistryBackend backend = new FakeRegistryBackend();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    int unused = RedisFixture.freePort();
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
    registry.add("antq.gateway.backends.registry.target", backend::target);
    registry.add("spring.data.redis.host", () -> "127.0.0.1");
    registry.add("spring.data.redis.port", () -> unused);
    TestLimits.register(registry);
  }

  @AfterAll
  static void stop() {
    backend.close();
    issuer.close();
  }

  @LocalServerPort
  int port;

  @Test
  void requestsPassUnlimitedAndAreCounted() {
    String gateway = "http://127.0.0.1:" + port;
    String token = issuer.provinceToken("flood", "PROVINCE_OFFICER");

    for (int i = 0; i < 2 * TestLimits.SMALL_BURST; i++) {
      long started = System.nanoTime();
      assertThat(TestLimits.getModel(gateway, token, "flood").statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    assertThat(TestLimits.get(gateway, null, "/actuator/prometheus").body())
        .containsPattern("antq_gateway_rate_limit_fail_open_total [1-9]");
    // The status check needs no Redis: a suspended province stays refused.
    assertThat(TestLimits.getModel(gateway, issuer.provinceToken("suspended", "PROVINCE_OFFICER"), "suspended")
        .statusCode()).isEqualTo(403);
  }
}

package vn.antq.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.test.RedisFixture;
import vn.antq.test.TestIssuer;

/** Per-province limits against a real Redis: buckets by tier, daily quotas, inactive provinces, the Ministry's own key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.cloud.config.enabled=false",
    "antq.gateway.grpc.port=0"})
class RateLimitTest {

  static final TestIssuer issuer = new TestIssuer();
  static final FakeRegistryBackend backend = new FakeRegistryBackend();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
    registry.add("antq.gateway.backends.registry.target", backend::target);
    RedisFixture.shared().register(registry, 1);
    TestLimits.register(registry);
  }

  @AfterAll
  static void stop() {
    backend.close();
    issuer.close();
  }

  @LocalServerPort
  int port;

  String gateway;

  @BeforeEach
  void setUp() {
    gateway = "http://127.0.0.1:" + port;
    backend.calls.clear();
  }

  @Test
  void aFloodingProvinceGets429WhileAnotherKeepsItsService() {
    String flood = issuer.provinceToken("flood", "PROVINCE_OFFICER");
    String calm = issuer.provinceToken("calm", "PROVINCE_OFFICER");
    List<HttpResponse<String>> flooded = new ArrayList<>();
    long started = System.nanoTime();

    for (int i = 0; i < 12; i++) {
      flooded.add(TestLimits.getModel(gateway, flood, "flood"));
      assertThat(TestLimits.getModel(gateway, calm, "calm").statusCode()).as("calm request %d", i).isEqualTo(200);
    }

    long allowed = flooded.stream().filter(r -> r.statusCode() == 200).count();
    assertThat(flooded.subList(0, TestLimits.SMALL_BURST)).allMatch(r -> r.statusCode() == 200);
    assertThat(flooded).allMatch(r -> r.statusCode() == 200 || r.statusCode() == 429);
    // The small tier refills one token a second: more than that would mean no limit at all.
    assertThat(allowed).isLessThanOrEqualTo(TestLimits.SMALL_BURST + secondsSince(started) + 1);
    HttpResponse<String> limited = flooded.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
    assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    JsonNode problem = JSON.readTree(limited.body());
    assertThat(problem.get("type").asString()).isEqualTo("https://antq.vn/problems/rate-limited");
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/provinces/flood/models/m-1");
    // Refused requests never reach the backend.
    assertThat(backend.calls).hasSize((int) allowed + 12);
  }

  @Test
  void theTierComesFromTheTenantAndUnknownProvincesGetTheDefault() {
    String standard = issuer.provinceToken("calm", "PROVINCE_OFFICER");
    String unknown = issuer.provinceToken("unlisted", "PROVINCE_OFFICER");

    List<Integer> standardStatuses = new ArrayList<>();
    List<Integer> unknownStatuses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      standardStatuses.add(TestLimits.getModel(gateway, standard, "calm").statusCode());
      unknownStatuses.add(TestLimits.getModel(gateway, unknown, "unlisted").statusCode());
    }

    assertThat(standardStatuses).containsOnly(200);
    assertThat(unknownStatuses).contains(429);
  }

  @Test
  void theDailyQuotaEndsAtMidnightInVietnam() {
    String token = issuer.provinceToken("quota", "PROVINCE_ADMIN");

    for (int i = 0; i < TestLimits.LARGE_DAILY_QUOTA; i++) {
      assertThat(TestLimits.getModel(gateway, token, "quota").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> over = TestLimits.getModel(gateway, token, "quota");

    assertThat(over.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(over.body()).get("type").asString()).isEqualTo("https://antq.vn/problems/quota-exceeded");
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    long untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone())).toSeconds();
    assertThat(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(untilMidnight - 5, untilMidnight + 5);
    assertThat(backend.calls).hasSize(TestLimits.LARGE_DAILY_QUOTA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"suspended", "offboarded", "merged"})
  void aProvinceThatIsNotActiveIsRefused(String province) {
    HttpResponse<String> response = TestLimits.getModel(gateway, issuer.provinceToken(province, "PROVINCE_ADMIN"), province);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(response.body()).get("type").asString())
        .isEqualTo("https://antq.vn/problems/province-suspended");
    assertThat(backend.calls).isEmpty();
  }

  @Test
  void theMinistryHasOneKeyOfItsOwn() {
    List<Integer> ministry = new ArrayList<>();
    String analyst = issuer.nationalToken("MINISTRY_ANALYST");
    String admin = issuer.nationalToken("MINISTRY_ADMIN");
    String province = issuer.provinceToken("calm", "PROVINCE_OFFICER");

    for (int i = 0; i < 6; i++) {
      // Two Ministry callers draw from the same bucket; the province's stays full.
      ministry.add(nationalCounts(i % 2 == 0 ? analyst : admin));
      assertThat(TestLimits.getModel(gateway, province, "calm").statusCode()).isEqualTo(200);
    }

    assertThat(ministry.subList(0, TestLimits.MINISTRY_BURST)).containsOnly(200);
    assertThat(ministry).contains(429);
  }

  @Test
  void refusalsAreCountedByProvinceAndReason() {
    String token = issuer.provinceToken("metered", "PROVINCE_OFFICER");
    for (int i = 0; i < 6; i++) {
      TestLimits.getModel(gateway, token, "metered");
    }

    String metrics = TestLimits.get(gateway, null, "/actuator/prometheus").body();
    assertThat(metrics).containsPattern("antq_gateway_rate_limit_rejected_total\\{caller=\"metered\",reason=\"rate\"\\} [1-9]");
  }

  private int nationalCounts(String token) {
    return TestLimits.get(gateway, token, "/api/v1/national/counts").statusCode();
  }

  private static long secondsSince(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
  }
}

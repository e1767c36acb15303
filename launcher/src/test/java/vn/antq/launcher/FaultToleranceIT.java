package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.antq.launcher.seed.Tokens;

/**
 * Faults against real processes: a platform of its own (no demo data), whose registry is frozen,
 * stopped and killed while the gateway keeps answering — quickly, with problem+json, and without
 * losing or doubling what it acknowledged; and while it is stopped, the awards service still
 * accepts and keeps nominations, and verifies them once it is back.
 */
@Order(1) // a platform of its own: before the shared one starts (junit-platform.properties)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static Platform platform;
  private static String token;

  @BeforeAll
  static void start() {
    // Awards re-checks unverified recipients every 5 s here (30 s by default), so recovery shows quickly.
    platform = Platform.start(Platform.findRoot(), true, Platform.findRoot().resolve("config-repo"),
        Map.of("ANTQ_AWARDS_REVERIFY_INTERVAL", "5s"));
    token = Tokens.clientCredentials(platform.identityUrl(), "ca-mau-sync");
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  @Order(1)
  void traceContextReachesTheServiceAndLogsAreJsonWithProvince() throws IOException {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/provinces/ca-mau/models"))
        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
    assertThat(response.statusCode()).isEqualTo(200);
    String registryLog = waitForLogLine(traceId);
    assertThat(registryLog).as("a JSON log line of the registry carrying the caller's trace id")
        .startsWith("{").contains("\"province\":\"ca-mau\"");
  }

  @Test
  @Order(2)
  void aFrozenServiceGivesGatewayTimeoutWithinTheDeadline() {
    platform.suspendService("registry");
    try {
      Instant begin = Instant.now();
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/provinces/ca-mau/models")));
      Duration took = Duration.between(begin, Instant.now());
      assertThat(response.statusCode()).isEqualTo(504);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(took).as("the gateway's 5 s deadline, not a hang").isLessThan(Duration.ofSeconds(9));
    } finally {
      platform.resumeService("registry");
    }
  }

  @Test
  @Order(3)
  void aStoppedServiceFailsFastOpensTheBreakerAndRecoversByItself() {
    platform.stopService("registry");
    List<Duration> times = new ArrayList<>();
    String last = "";
    for (int i = 0; i < 15; i++) {
      Instant begin = Instant.now();
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/provinces/ca-mau/models")));
      times.add(Duration.between(begin, Instant.now()));
      assertThat(response.statusCode()).isEqualTo(503);
      last = response.body();
    }
    assertThat(times).allMatch(t -> t.compareTo(Duration.ofSeconds(3)) < 0);
    assertThat(last).as("an open breaker answers without trying the backend").doesNotContain("grpcStatus");

    platform.restartService("registry");
    Instant deadline = Instant.now().plusSeconds(60);
    int status = 0;
    while (Instant.now().isBefore(deadline) && status != 200) {
      status = send(HttpRequest.newBuilder(uri("/api/v1/provinces/ca-mau/models"))).statusCode();
      sleep(500);
    }
    assertThat(status).as("the route recovers once the breaker half-opens").isEqualTo(200);
  }

  @Test
  @Order(4)
  void aKilledServiceLosesNothingItAcknowledgedAndRetriesCreateNoDuplicate() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Map<String, String> acknowledged = new LinkedHashMap<>();
    List<String> requestIds = new ArrayList<>();
    AtomicBoolean killed = new AtomicBoolean();
    Thread killer = new Thread(() -> {
      sleep(1500);
      platform.killService("registry");
      killed.set(true);
    });
    killer.start();
    for (int i = 0; i < 400 && !(killed.get() && requestIds.size() > acknowledged.size() + 5); i++) {
      String requestId = "kill-" + run + "-" + i;
      requestIds.add(requestId);
      HttpResponse<String> response = create(requestId, run, i);
      if (response.statusCode() == 200) {
        acknowledged.put(requestId, nameOf(response.body()));
      }
    }
    killer.join();
    assertThat(acknowledged).as("some creates were acknowledged before the kill").isNotEmpty();

    platform.restartService("registry");
    awaitStatus(200, "/api/v1/provinces/ca-mau/models?pageSize=1");
    for (int i = 0; i < requestIds.size(); i++) {
      HttpResponse<String> retried = create(requestIds.get(i), run, i);
      assertThat(retried.statusCode()).as("retry of " + requestIds.get(i)).isEqualTo(200);
      String name = nameOf(retried.body());
      if (acknowledged.containsKey(requestIds.get(i))) {
        assertThat(name).as("an acknowledged create survived the kill").isEqualTo(acknowledged.get(requestIds.get(i)));
      }
    }
    HttpResponse<String> listed = send(HttpRequest.newBuilder(uri("/api/v1/provinces/ca-mau/models?pageSize=500&text=" + run)));
    assertThat(listed.body().split("\"code\"").length - 1).as("one model per request id").isEqualTo(requestIds.size());
  }

  /**
   * A nomination while the registry is stopped is accepted and kept, its recipient UNVERIFIED; a
   * decision on it is refused; once the registry is back the recipient is verified by itself and
   * the decision goes through.
   */
  @Test
  @Order(5)
  void aNominationMadeWhileTheRegistryIsDownIsKeptAndVerifiedOnceItIsBack() {
    String officer = Tokens.clientCredentials(platform.identityUrl(), "bac-lieu-sync");
    String admin = Tokens.clientCredentials(platform.identityUrl(), "bac-lieu-admin-sync");
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    HttpResponse<String> model = send(officer, "POST", "/api/v1/provinces/bac-lieu/models",
        "{\"code\":\"AW" + run + "\",\"displayName\":\"Câu lạc bộ phòng chống tội phạm " + run
            + "\",\"sector\":\"RESIDENTIAL_AREA\"}");
    assertThat(model.statusCode()).as(model.body()).isEqualTo(200);
    String modelName = nameOf(model.body());

    platform.stopService("registry");
    HttpResponse<String> nominated;
    try {
      nominated = send(officer, "POST", "/api/v1/provinces/bac-lieu/awardNominations?requestId=fault-" + run, """
          {"recipient":{"type":"COLLECTIVE","model":"%s"},"form":"BANG_KHEN","issuingLevel":"PROVINCIAL_COMMITTEE",
           "achievement":{"periodStart":{"year":2025,"month":1,"day":1},"periodEnd":{"year":2025,"month":12,"day":31},
                          "citation":"Mô hình tiêu biểu năm 2025"}}""".formatted(modelName));
      assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(200);
      assertThat(nominated.body()).contains("\"verification\":\"UNVERIFIED\"");
      String nomination = nameOf(nominated.body());
      assertThat(send(officer, "GET", "/api/v1/" + nomination, null).body()).as("kept")
          .contains("\"verification\":\"UNVERIFIED\"");
      assertThat(send(admin, "POST", "/api/v1/" + nomination + ":review", "{\"approve\":true}").statusCode())
          .isEqualTo(200);
      HttpResponse<String> refused = decide(admin, nomination, "F" + run + "/QĐ-UBND");
      assertThat(refused.statusCode()).as("a decision needs a verified recipient").isIn(409, 422);
    } finally {
      platform.restartService("registry");
    }
    String nomination = nameOf(nominated.body());
    Instant deadline = Instant.now().plusSeconds(60);
    String state = "";
    while (Instant.now().isBefore(deadline) && !state.contains("\"verification\":\"VERIFIED\"")) {
      sleep(1000);
      state = send(officer, "GET", "/api/v1/" + nomination, null).body();
    }
    assertThat(state).as("re-verified in the background once the registry is back")
        .contains("\"verification\":\"VERIFIED\"").contains("Câu lạc bộ phòng chống tội phạm " + run);
    assertThat(decide(admin, nomination, "F" + run + "/QĐ-UBND").statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> decide(String admin, String nomination, String number) {
    return send(admin, "POST", "/api/v1/provinces/bac-lieu/awardDecisions", """
        {"number":"%s","decisionDate":{"year":2026,"month":2,"day":1},"signer":"Chủ tịch UBND tỉnh",
         "issuingLevel":"PROVINCIAL_COMMITTEE","nominations":["%s"]}""".formatted(number, nomination));
  }

  private static HttpResponse<String> send(String bearer, String method, String path, String body) {
    try {
      return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
              .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
              .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> create(String requestId, String run, int i) {
    // request_id travels as a query parameter: the body is the model itself (body: "model").
    return send(HttpRequest.newBuilder(uri("/api/v1/provinces/ca-mau/models?requestId=" + requestId))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"K" + run + "-" + i
            + "\",\"displayName\":\"Tổ tự quản số " + i + "\",\"sector\":\"RESIDENTIAL_AREA\"}")));
  }

  private static String nameOf(String json) {
    int start = json.indexOf("\"name\":\"") + 8;
    return json.substring(start, json.indexOf('"', start));
  }

  private static void awaitStatus(int expected, String path) {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      if (send(HttpRequest.newBuilder(uri(path))).statusCode() == expected) {
        return;
      }
      sleep(500);
    }
    throw new AssertionError(path + " never answered " + expected);
  }

  private static String waitForLogLine(String traceId) throws IOException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      for (String line : Files.readAllLines(platform.logDirectory().resolve("registry.log"))) {
        if (line.contains(traceId)) {
          return line;
        }
      }
      sleep(200);
    }
    throw new AssertionError("trace " + traceId + " not in the registry's log");
  }

  private static URI uri(String path) {
    return URI.create(platform.gatewayUrl() + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package vn.antq.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Metadata;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.Sector;
import vn.antq.registry.v1.UpdateModelRequest;
import vn.antq.test.TestIssuer;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.cloud.config.enabled=false",
    "antq.gateway.grpc.port=0",
    "antq.gateway.deadline=1s",
    "antq.gateway.max-body-sizes[antq.members.v1.MemberImports.CreateImport]=3MB"})
class GatewayIntegrationTest {

  private static final String VIETNAMESE_NAME = "Tổ ngư dân tự quản về ANTT trên biển";
  private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  static final TestIssuer issuer = new TestIssuer();
  static final FakeRegistryBackend backend = new FakeRegistryBackend();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.ISSUER);
    registry.add("antq.gateway.backends.registry.target", backend::target);
    // Serves no members method: a call that passes the gateway's checks ends UNIMPLEMENTED there.
    registry.add("antq.gateway.backends.members.target", backend::target);
  }

  @AfterAll
  static void stop() {
    backend.close();
    issuer.close();
  }

  @LocalServerPort
  int port;

  WebTestClient http;

  @BeforeEach
  void setUp() {
    backend.calls.clear();
    backend.held.clear();
    http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(15)).build();
  }

  private String officer() {
    return issuer.provinceToken("bac-lieu", "PROVINCE_OFFICER");
  }

  @Test
  void createModelRoundTripsVietnameseText() {
    String token = officer();

    http.post().uri("/api/v1/provinces/bac-lieu/models?requestId=r-1")
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("code", "BL-NGUDAN-01", "displayName", VIETNAMESE_NAME, "sector", "FISHERMEN"))
        .exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.name").isEqualTo("provinces/bac-lieu/models/bl-ngudan-01")
        .jsonPath("$.displayName").isEqualTo(VIETNAMESE_NAME)
        .jsonPath("$.sector").isEqualTo("FISHERMEN")
        // Fields at their default value are printed too.
        .jsonPath("$.replicationPointCount").isEqualTo(0)
        .jsonPath("$.description").isEqualTo("");

    CreateModelRequest received = (CreateModelRequest) backend.onlyCall().request();
    assertThat(received.getParent()).isEqualTo("provinces/bac-lieu");
    assertThat(received.getRequestId()).isEqualTo("r-1");
    assertThat(received.getModel().getDisplayName()).isEqualTo(VIETNAMESE_NAME);
    assertThat(Normalizer.isNormalized(received.getModel().getDisplayName(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void getWithPathVariablesAndQueryParameters() {
    http.get().uri("/api/v1/provinces/bac-lieu/models?pageSize=20&status=ACTIVE&sector=FISHERMEN&text=ngu dan&page_token=t-2")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.models").isEmpty().jsonPath("$.totalSize").isEqualTo(0);

    assertThat(backend.onlyCall().request()).isEqualTo(ListModelsRequest.newBuilder()
        .setParent("provinces/bac-lieu").setPageSize(20).setStatus(ModelStatus.ACTIVE).setSector(Sector.FISHERMEN)
        .setText("ngu dan").setPageToken("t-2").build());
  }

  @Test
  void patchBindsTheNestedNameFromThePath() {
    http.patch().uri("/api/v1/provinces/bac-lieu/models/m-1?updateMask=displayName")
        .headers(h -> h.setBearerAuth(officer()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "provinces/ca-mau/models/m-9", "displayName", VIETNAMESE_NAME))
        .exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.name").isEqualTo("provinces/bac-lieu/models/m-1")
        .jsonPath("$.displayName").isEqualTo(VIETNAMESE_NAME);

    UpdateModelRequest received = (UpdateModelRequest) backend.onlyCall().request();
    assertThat(received.getModel().getName()).isEqualTo("provinces/bac-lieu/models/m-1");
    assertThat(received.getUpdateMask().getPathsList()).containsExactly("display_name");
  }

  @Test
  void backendValidationErrorsListEveryFieldInJsonNames() {
    http.post().uri("/api/v1/provinces/bac-lieu/models")
        .headers(h -> h.setBearerAuth(officer()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("code", "X", "displayName", " "))
        .exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("https://antq.vn/problems/invalid-argument")
        .jsonPath("$.title").isEqualTo("Invalid argument")
        .jsonPath("$.status").isEqualTo(400)
        .jsonPath("$.detail").isEqualTo("Mô hình không hợp lệ")
        .jsonPath("$.instance").isEqualTo("/api/v1/provinces/bac-lieu/models")
        .jsonPath("$.grpcStatus").isEqualTo("INVALID_ARGUMENT")
        .jsonPath("$.errors[*].field").value(fields -> assertThat(fields).asList()
            .containsExactlyInAnyOrder("model.displayName", "model.sector"))
        .jsonPath("$.errors[0].message").isEqualTo("không được để trống");
  }

  @Test
  void notFoundFromTheBackend() {
    http.get().uri("/api/v1/provinces/bac-lieu/models/missing")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.grpcStatus").isEqualTo("NOT_FOUND")
        .jsonPath("$.detail").isEqualTo("Không tìm thấy mô hình");
  }

  @Test
  void slowBackendEndsAtTheDeadline() throws InterruptedException {
    http.get().uri("/api/v1/provinces/bac-lieu/models/slow")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isEqualTo(504)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.grpcStatus").isEqualTo("DEADLINE_EXCEEDED");

    // The backend never answers, so only a deadline can have ended the call: the gateway's own
    // (antq.gateway.deadline=1s), which the call carried to the backend and which ended it there too.
    // No wall-clock bound: on a loaded machine the time around the call says nothing about the gateway.
    FakeRegistryBackend.HeldCall held = backend.held.poll(5, TimeUnit.SECONDS);
    assertThat(held).isNotNull();
    assertThat(held.deadlineMillisAtArrival()).isNotNull().isBetween(0L, 1_000L);
    assertThat(held.ended().await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void backendBugShowsNoStackTrace() {
    http.get().uri("/api/v1/provinces/bac-lieu/models/boom")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isEqualTo(500)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(String.class).value(body -> assertThat(body).doesNotContain("secret", "Exception"));
  }

  @Test
  void otherProvinceIsForbiddenBeforeTheBackend() {
    http.get().uri("/api/v1/provinces/ca-mau/models/m-1")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isForbidden()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("https://antq.vn/problems/permission-denied")
        .jsonPath("$.detail").value(detail -> assertThat(detail).asString().doesNotContain("bac-lieu", "ca-mau"));

    assertThat(backend.calls).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MINISTRY_ANALYST", "MINISTRY_ADMIN", "PLATFORM_OPS"})
  void nonProvinceTokensCannotUseProvinceRoutes(String role) {
    http.get().uri("/api/v1/provinces/bac-lieu/models")
        .headers(h -> h.setBearerAuth(issuer.nationalToken(role)))
        .exchange()
        .expectStatus().isForbidden()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

    assertThat(backend.calls).isEmpty();
  }

  @Test
  void nationalReadIsOpenToTheMinistryOnly() {
    http.get().uri("/api/v1/national/counts")
        .headers(h -> h.setBearerAuth(issuer.nationalToken("MINISTRY_ANALYST")))
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.nation.models").isEqualTo(3).jsonPath("$.nation.members").isEqualTo("120");

    http.get().uri("/api/v1/national/counts")
        .headers(h -> h.setBearerAuth(issuer.provinceToken("bac-lieu", "PROVINCE_ADMIN")))
        .exchange()
        .expectStatus().isForbidden();

    http.get().uri("/api/v1/national/counts")
        .headers(h -> h.setBearerAuth(issuer.nationalToken("PLATFORM_OPS")))
        .exchange()
        .expectStatus().isForbidden();

    assertThat(backend.calls).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "expired", "unsigned", "forged", "garbage"})
  void badTokensAreUnauthenticated(String kind) {
    Map<String, Function<TestIssuer, String>> tokens = Map.of(
        "expired", i -> i.expiredProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        "unsigned", i -> i.unsignedProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        "forged", i -> i.forgedProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        "garbage", i -> "not.a.jwt");

    http.get().uri("/api/v1/provinces/bac-lieu/models")
        .headers(h -> {
          if (tokens.containsKey(kind)) {
            h.setBearerAuth(tokens.get(kind).apply(issuer));
          }
        })
        .exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectBody()
        .jsonPath("$.type").isEqualTo("https://antq.vn/problems/unauthenticated")
        .jsonPath("$.status").isEqualTo(401)
        .jsonPath("$.instance").isEqualTo("/api/v1/provinces/bac-lieu/models");

    assertThat(backend.calls).isEmpty();
  }

  @Test
  void spoofedProvinceHeaderChangesNothingAndIsNotForwarded() {
    String token = officer();

    http.get().uri("/api/v1/provinces/ca-mau/models")
        .headers(h -> h.setBearerAuth(token))
        .header("X-Antq-Province", "ca-mau")
        .exchange()
        .expectStatus().isForbidden();
    assertThat(backend.calls).isEmpty();

    http.get().uri("/api/v1/provinces/bac-lieu/models")
        .headers(h -> h.setBearerAuth(token))
        .header("X-Antq-Province", "ca-mau")
        .exchange()
        .expectStatus().isOk();
    Metadata received = backend.onlyCall().headers();
    assertThat(received.keys()).doesNotContain("x-antq-province");
  }

  @Test
  void callerTokenAndTraceContextReachTheBackend() {
    String token = officer();
    String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    http.get().uri("/api/v1/provinces/bac-lieu/models/m-1")
        .headers(h -> h.setBearerAuth(token))
        .header("traceparent", traceparent)
        .header("tracestate", "antq=1")
        .exchange()
        .expectStatus().isOk();

    FakeRegistryBackend.Call call = backend.onlyCall();
    assertThat(call.request()).isEqualTo(GetModelRequest.newBuilder().setName("provinces/bac-lieu/models/m-1").build());
    assertThat(call.headers().get(AUTHORIZATION)).isEqualTo("Bearer " + token);
    assertThat(call.headers().get(Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER))).isEqualTo(traceparent);
    assertThat(call.headers().get(Metadata.Key.of("tracestate", Metadata.ASCII_STRING_MARSHALLER))).isEqualTo("antq=1");
  }

  @Test
  void unknownJsonFieldIsRejected() {
    http.post().uri("/api/v1/provinces/bac-lieu/models")
        .headers(h -> h.setBearerAuth(officer()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("displayName", VIETNAMESE_NAME, "colour", "red"))
        .exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("model.colour");

    assertThat(backend.calls).isEmpty();
  }

  @Test
  void oversizedBodyIsRejected() {
    http.post().uri("/api/v1/provinces/bac-lieu/models")
        .headers(h -> h.setBearerAuth(officer()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("description", "x".repeat(1_100_000)))
        .exchange()
        .expectStatus().isEqualTo(413)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

    assertThat(backend.calls).isEmpty();
  }

  @Test
  void anOperationThatCarriesAFileHasItsOwnStillBoundedLimit() {
    String twoMegabytes = java.util.Base64.getEncoder().encodeToString(new byte[1_500_000]);

    http.post().uri("/api/v1/provinces/bac-lieu/imports")
        .headers(h -> h.setBearerAuth(officer()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("fileName", "thanh-vien.csv", "content", twoMegabytes, "dryRun", true))
        .exchange()
        .expectStatus().isEqualTo(501)
        .expectBody().jsonPath("$.grpcStatus").isEqualTo("UNIMPLEMENTED");
    http.post().uri("/api/v1/provinces/bac-lieu/models")
        .headers(h -> h.setBearerAuth(officer()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("description", twoMegabytes))
        .exchange()
        .expectStatus().isEqualTo(413);
    http.post().uri("/api/v1/provinces/bac-lieu/imports")
        .headers(h -> h.setBearerAuth(officer()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("content", twoMegabytes + twoMegabytes))
        .exchange()
        .expectStatus().isEqualTo(413)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        // the unread rest of the body makes the connection unusable for another request
        .expectHeader().valueEquals(HttpHeaders.CONNECTION, "close");
  }

  @Test
  void unknownQueryParameterIsRejected() {
    http.get().uri("/api/v1/provinces/bac-lieu/models?colour=red")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("colour");

    assertThat(backend.calls).isEmpty();
  }

  @Test
  void unknownRoutesAndVerbs() {
    http.get().uri("/api/v1/provinces/bac-lieu/awards")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo("https://antq.vn/problems/not-found");

    http.delete().uri("/api/v1/provinces/bac-lieu/models/m-1")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isEqualTo(405)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals(HttpHeaders.ALLOW, "GET,PATCH");

    http.get().uri("/elsewhere")
        .headers(h -> h.setBearerAuth(officer()))
        .exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void operationsEndpointsArePublic() {
    http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .expectBody(String.class).value(body -> assertThat(body).contains("resilience4j_circuitbreaker_state"));
  }
}

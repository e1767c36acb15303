package vn.antq.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import vn.antq.test.RedisFixture;
import vn.antq.test.TestIssuer;

/**
 * The gateway as the web console's backend-for-frontend, up to the point where identity takes over
 * (the whole login with a real identity service runs in the launcher's end-to-end tests): the login
 * starts an authorization-code request with PKCE, the session cookie is httpOnly and SameSite=Lax,
 * a cookie request that changes something needs the CSRF token while a bearer request does not, the
 * session endpoint answers who the caller is without any token, and client routes get the app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.cloud.config.enabled=false",
    "antq.gateway.grpc.port=0",
    "antq.console.identity-uri=http://identity.test",
    "spring.security.oauth2.client.provider.antq.authorization-uri=http://identity.test/oauth2/authorize",
    "antq.tenants.bac-lieu.name=Bạc Liêu"})
class ConsoleLoginTest {

  static final TestIssuer issuer = new TestIssuer();
  static final FakeRegistryBackend backend = new FakeRegistryBackend();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
    registry.add("spring.security.oauth2.client.provider.antq.jwk-set-uri", issuer::jwkSetUri);
    registry.add("antq.gateway.backends.registry.target", backend::target);
    RedisFixture.shared().register(registry, 4);
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
    http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
  }

  @Test
  void loginStartsAnAuthorizationCodeRequestWithPkceAndAnHttpOnlySession() {
    EntityExchangeResult<byte[]> started = http.get().uri("/oauth2/authorization/antq").exchange()
        .expectStatus().is3xxRedirection().expectBody().returnResult();

    URI location = started.getResponseHeaders().getLocation();
    assertThat(location).hasHost("identity.test").hasPath("/oauth2/authorize");
    Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
    assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "antq-console")
        .containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state", "nonce");
    assertThat(query.get("redirect_uri")).isEqualTo("http://localhost:" + port + "/login/oauth2/code/antq");
    assertThat(query.get("scope")).contains("openid");

    ResponseCookie session = started.getResponseCookies().getFirst("ANTQ_CONSOLE_SESSION");
    assertThat(session).as("the pending login is kept in a server-side session").isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    assertThat(session.isSecure()).as("Secure only when configured for https").isFalse();
    assertThat(started.getResponseCookies().keySet()).as("no token in any cookie").containsOnly("ANTQ_CONSOLE_SESSION");
  }

  @Test
  void withoutSessionOrTokenTheApiAnswers401Problem() {
    http.get().uri("/api/v1/session").exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.status").isEqualTo(401);
  }

  @Test
  void sessionEndpointTellsWhoIsCallingWithoutAnyToken() {
    String token = issuer.provinceToken("bac-lieu", "PROVINCE_ADMIN");
    EntityExchangeResult<String> answer = http.get().uri("/api/v1/session").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult();

    assertThat(answer.getResponseBody()).contains("\"province\":\"bac-lieu\"", "\"provinceName\":\"Bạc Liêu\"",
        "\"roles\":[\"PROVINCE_ADMIN\"]").doesNotContain(token);
    assertThat(answer.getResponseCookies().getFirst("XSRF-TOKEN")).as("the console's CSRF token").isNotNull()
        .satisfies(cookie -> assertThat(cookie.isHttpOnly()).as("readable by the console's script").isFalse());
  }

  @Test
  void aChangeSentWithTheSessionCookieNeedsTheCsrfToken() {
    String body = "{\"code\":\"BL-X\",\"displayName\":\"Mô hình\",\"sector\":\"FISHERMEN\"}";

    http.post().uri("/api/v1/provinces/bac-lieu/models").cookie("ANTQ_CONSOLE_SESSION", "a-session")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isForbidden()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    http.post().uri("/api/v1/provinces/bac-lieu/models").cookie("ANTQ_CONSOLE_SESSION", "a-session")
        .cookie("XSRF-TOKEN", "t-1").header("X-XSRF-TOKEN", "t-2")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isForbidden();
    assertThat(backend.calls).as("refused before the backend").isEmpty();

    // The right token passes CSRF; the unknown session then has no login: 401, as for any caller without a token.
    http.post().uri("/api/v1/provinces/bac-lieu/models").cookie("ANTQ_CONSOLE_SESSION", "a-session")
        .cookie("XSRF-TOKEN", "t-1").header("X-XSRF-TOKEN", "t-1")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isUnauthorized();
  }

  @Test
  void machineClientsWithABearerTokenNeedNoCsrfToken() {
    String token = issuer.provinceToken("bac-lieu", "PROVINCE_OFFICER");
    http.post().uri("/api/v1/provinces/bac-lieu/models").headers(h -> h.setBearerAuth(token))
        .cookie("ANTQ_CONSOLE_SESSION", "whatever")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"code\":\"BL-Y\",\"displayName\":\"Mô hình\",\"sector\":\"FISHERMEN\"}").exchange()
        .expectStatus().isOk();
    assertThat(backend.calls).hasSize(1);
  }

  @Test
  void clientRoutesGetTheSinglePageAppAndFilesStayFiles() {
    String page = http.get().uri("/national/catalogue").accept(MediaType.TEXT_HTML).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(page).contains("<div id=\"app\">");
    http.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
        .expectBody(String.class).value(index -> assertThat(index).contains("<div id=\"app\">"));
    http.get().uri("/no-such-file.js").exchange().expectStatus().isNotFound();
    http.get().uri("/api/v1/no-such-route").accept(MediaType.TEXT_HTML).header(HttpHeaders.AUTHORIZATION,
        "Bearer " + issuer.provinceToken("bac-lieu", "PROVINCE_OFFICER")).exchange().expectStatus().isNotFound();
  }

  @Test
  void logoutWithoutALoginReturnsToTheConsole() {
    EntityExchangeResult<byte[]> page = http.get().uri("/api/v1/session").headers(h -> h.setBearerAuth(
        issuer.provinceToken("bac-lieu", "PROVINCE_OFFICER"))).exchange().expectBody().returnResult();
    String csrf = page.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
    http.post().uri("/logout").cookie("XSRF-TOKEN", csrf).contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .bodyValue("_csrf=" + csrf).exchange()
        .expectStatus().is3xxRedirection()
        .expectHeader().location("http://localhost:" + port + "/");
    http.post().uri("/logout").exchange().expectStatus().isForbidden();
  }
}

package vn.antq.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.antq.test.TestIssuer;

/** The registry backend's address has nothing listening: calls fail fast, then the breaker opens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.cloud.config.enabled=false",
    "antq.gateway.grpc.port=0",
    "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=2",
    "resilience4j.circuitbreaker.configs.default.sliding-window-size=2",
    "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1m"})
class BackendDownTest {

  static final TestIssuer issuer = new TestIssuer();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    String target = "127.0.0.1:" + unusedPort();
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
    registry.add("antq.gateway.backends.registry.target", () -> target);
  }

  @AfterAll
  static void stop() {
    issuer.close();
  }

  @LocalServerPort
  int port;

  @Autowired
  ReactiveResilience4JCircuitBreakerFactory breakers;

  @Test
  void unreachableBackendAnswers503FastAndOpensItsBreaker() {
    WebTestClient http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(15)).build();
    String token = issuer.provinceToken("bac-lieu", "PROVINCE_OFFICER");

    for (int attempt = 0; attempt < 2; attempt++) {
      long started = System.nanoTime();
      http.get().uri("/api/v1/provinces/bac-lieu/models")
          .headers(h -> h.setBearerAuth(token))
          .exchange()
          .expectStatus().isEqualTo(503)
          .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type").isEqualTo("https://antq.vn/problems/unavailable")
          .jsonPath("$.grpcStatus").isEqualTo("UNAVAILABLE")
          .jsonPath("$.detail").value(detail -> assertThat(detail).asString().doesNotContain("127.0.0.1"));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("registry").getState())
        .isEqualTo(CircuitBreaker.State.OPEN);
    http.get().uri("/api/v1/provinces/bac-lieu/models")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus().isEqualTo(503)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("https://antq.vn/problems/unavailable")
        .jsonPath("$.grpcStatus").doesNotExist();
  }

  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

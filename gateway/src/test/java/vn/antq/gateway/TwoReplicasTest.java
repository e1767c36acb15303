package vn.antq.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.antq.test.RedisFixture;
import vn.antq.test.TestIssuer;

/** Two gateway replicas, each its own application context, count one province's requests together in Redis. */
class TwoReplicasTest {

  static final TestIssuer issuer = new TestIssuer();
  static final FakeRegistryBackend backend = new FakeRegistryBackend();
  static final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

  @BeforeAll
  static void startReplicas() {
    Map<String, Object> properties = new HashMap<>(Map.of(
        "server.port", 0,
        "spring.cloud.config.enabled", false,
        "antq.gateway.grpc.port", 0,
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer.jwkSetUri(),
        "antq.gateway.backends.registry.target", backend.target()));
    DynamicPropertyRegistry registry = (name, value) -> properties.put(name, value.get());
    RedisFixture.shared().register(registry, 2);
    TestLimits.register(registry);
    // As command-line arguments: they win over application.yml, as they do for a deployed replica.
    String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    for (int i = 0; i < 2; i++) {
      replicas.add(new SpringApplicationBuilder(GatewayApplication.class).run(arguments));
    }
  }

  @AfterAll
  static void stop() {
    replicas.forEach(ConfigurableApplicationContext::close);
    backend.close();
    issuer.close();
  }

  @Test
  void aProvinceExhaustedOnOneReplicaIsLimitedOnTheOther() {
    String token = issuer.provinceToken("replicated", "PROVINCE_OFFICER");
    String first = url(0);
    String second = url(1);

    int before429 = 0;
    while (TestLimits.getModel(first, token, "replicated").statusCode() == 200) {
      before429++;
      assertThat(before429).as("requests allowed by the first replica").isLessThan(10);
    }
    List<Integer> onTheSecond = new ArrayList<>();
    for (int i = 0; i < TestLimits.SMALL_BURST; i++) {
      onTheSecond.add(TestLimits.getModel(second, token, "replicated").statusCode());
    }

    // A replica counting alone would start with a full bucket and allow all three; a shared bucket
    // allows at most the one token that may have been refilled meanwhile.
    assertThat(onTheSecond.stream().filter(status -> status == 200).count()).isLessThanOrEqualTo(1);
    assertThat(onTheSecond).contains(429);
  }

  private static String url(int replica) {
    int port = ((WebServerApplicationContext) replicas.get(replica)).getWebServer().getPort();
    return "http://127.0.0.1:" + port;
  }
}

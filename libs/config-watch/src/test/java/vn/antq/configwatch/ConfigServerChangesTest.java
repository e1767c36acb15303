package vn.antq.configwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.config.client.ConfigClientProperties;
import org.springframework.mock.env.MockEnvironment;

/** Change detection against a real HTTP server standing in for the config server. */
class ConfigServerChangesTest {

  private final AtomicReference<String> served = new AtomicReference<>("{\"name\":\"registry\",\"propertySources\":[]}");
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      asked.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void changedOnTheFirstAnswerThenOnlyWhenTheServedConfigurationChanges() {
    ConfigServerChanges changes = new ConfigServerChanges(client("http://127.0.0.1:" + server.getAddress().getPort()));

    boolean first = changes.changed();
    boolean same = changes.changed();
    served.set("{\"name\":\"registry\",\"propertySources\":[{\"source\":{\"antq.tenants.ca-mau.tier\":\"large\"}}]}");
    boolean edited = changes.changed();
    boolean settled = changes.changed();

    assertThat(List.of(first, same, edited, settled)).containsExactly(true, false, true, false);
    assertThat(asked).first().isEqualTo("/registry/demo,cloud/main Basic " + java.util.Base64.getEncoder()
        .encodeToString("ops:secret".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void noAnswerIsNoChangeAndTheNextServerIsTried() {
    int port = server.getAddress().getPort();
    ConfigServerChanges away = new ConfigServerChanges(client("http://127.0.0.1:1"));
    ConfigServerChanges failover = new ConfigServerChanges(client("http://127.0.0.1:1", "http://127.0.0.1:" + port + "/"));

    assertThat(away.changed()).isFalse();
    assertThat(failover.changed()).isTrue();
    assertThat(failover.changed()).isFalse();
  }

  private static ConfigClientProperties client(String... uris) {
    ConfigClientProperties client = new ConfigClientProperties(new MockEnvironment());
    client.setUri(uris);
    client.setName("registry");
    client.setProfile("demo,cloud");
    client.setLabel("main");
    client.setUsername("ops");
    client.setPassword("secret");
    return client;
  }
}

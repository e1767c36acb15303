package vn.antq.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import redis.embedded.RedisServer;

/**
 * The one real Redis every test in a JVM shares: a Testcontainers {@code redis:7-alpine} container
 * when a Docker engine answers, otherwise the redis-server the embedded-redis artifact ships. Started
 * on first use, stopped when the JVM exits. Test classes keep apart by a database index of their own
 * (Redis has 16), never by flushing what another class may be using.
 */
public final class RedisFixture {

  private static final int REDIS_PORT = 6379;
  private static volatile RedisFixture instance;

  private final String host;
  private final int port;

  private RedisFixture(String host, int port) {
    this.host = host;
    this.port = port;
  }

  public static RedisFixture shared() {
    if (instance == null) {
      synchronized (RedisFixture.class) {
        if (instance == null) {
          instance = start();
        }
      }
    }
    return instance;
  }

  /** Points Spring Data Redis at this server and one of its databases (0 to 15). */
  public void register(DynamicPropertyRegistry registry, int database) {
    registry.add("spring.data.redis.host", this::host);
    registry.add("spring.data.redis.port", this::port);
    registry.add("spring.data.redis.database", () -> database);
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  private static RedisFixture start() {
    if (dockerAvailable()) {
      GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(REDIS_PORT);
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      return new RedisFixture(container.getHost(), container.getMappedPort(REDIS_PORT));
    }
    int port = freePort();
    try {
      RedisServer server = embedded(port);
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.stop();
        } catch (IOException ignored) {
          // the JVM is exiting; the process goes with it
        }
      }));
      return new RedisFixture("127.0.0.1", port);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded Redis", e);
    }
  }

  /** Loopback only, nothing written to disk: a counter store that lives as long as the tests. */
  private static RedisServer embedded(int port) throws IOException {
    return RedisServer.newRedisServer()
        .bind("127.0.0.1")
        .port(port)
        .setting("save \"\"")
        .setting("appendonly no")
        .build();
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }
}

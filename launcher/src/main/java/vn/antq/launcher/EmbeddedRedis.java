package vn.antq.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/**
 * The gateway's rate-limit counter store: the redis-server binary the embedded-redis artifact
 * ships, on loopback, writing nothing to disk (counters need not survive a restart).
 */
final class EmbeddedRedis implements AutoCloseable {

  private final RedisServer server;

  private EmbeddedRedis(RedisServer server) {
    this.server = server;
  }

  static EmbeddedRedis start(int port) {
    try {
      RedisServer server = RedisServer.newRedisServer()
          .bind("127.0.0.1")
          .port(port)
          .setting("save \"\"")
          .setting("appendonly no")
          .build();
      server.start();
      return new EmbeddedRedis(server);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded Redis on port " + port, e);
    }
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop embedded Redis", e);
    }
  }
}

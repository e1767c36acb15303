package vn.antq.gateway.passthrough;

import io.grpc.Grpc;
import io.grpc.HandlerRegistry;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** The gateway's own grpc-java server, on its own port, serving whatever the registry resolves. */
public class GrpcPassThroughServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(GrpcPassThroughServer.class);

  private final GrpcPassThroughProperties properties;
  private final HandlerRegistry registry;
  private volatile Server server;

  GrpcPassThroughServer(GrpcPassThroughProperties properties, HandlerRegistry registry) {
    this.properties = properties;
    this.registry = registry;
  }

  @Override
  public void start() {
    try {
      server = Grpc.newServerBuilderForPort(properties.port(), credentials())
          .fallbackHandlerRegistry(registry)
          .build()
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the gRPC pass-through on port " + properties.port(), e);
    }
    log.info("gRPC pass-through listening on port {} ({})", server.getPort(),
        properties.tlsEnabled() ? "TLS" : "plaintext");
  }

  @Override
  public void stop() {
    Server running = server;
    server = null;
    running.shutdown();
    try {
      if (!running.awaitTermination(5, TimeUnit.SECONDS)) {
        running.shutdownNow();
      }
    } catch (InterruptedException e) {
      running.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  /** The port it listens on, once started; the configured port may be 0. */
  public int port() {
    return server.getPort();
  }

  private ServerCredentials credentials() throws IOException {
    if (!properties.tlsEnabled()) {
      return InsecureServerCredentials.create();
    }
    try (InputStream chain = properties.tls().certificateChain().getInputStream();
        InputStream key = properties.tls().privateKey().getInputStream()) {
      return TlsServerCredentials.create(chain, key);
    }
  }
}

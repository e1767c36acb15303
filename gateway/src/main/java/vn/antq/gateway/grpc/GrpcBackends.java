package vn.antq.gateway.grpc;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.antq.gateway.GatewayProperties;

/**
 * One long-lived channel per configured backend, looked up by proto package. Plaintext: backends
 * are reached only inside the cluster network. Channels connect lazily, so a backend that is down
 * at startup does not stop the gateway.
 */
@Component
public class GrpcBackends implements DisposableBean {

  /** A backend's name (also its circuit breaker's) and channel. */
  public record Backend(String name, ManagedChannel channel) {}

  private final Map<String, Backend> byName = new HashMap<>();
  private final Map<String, Backend> byPackage = new HashMap<>();

  public GrpcBackends(GatewayProperties properties) {
    properties.backends().forEach((name, config) -> {
      if (config.target() == null || config.target().isBlank()) {
        throw new IllegalStateException("antq.gateway.backends." + name + ".target is not set");
      }
      // The default executor, not a direct one: no reply runs on the channel's own event loop (one bench
      // run with a direct executor stalled under heavy load, unexplained). REST calls name the executor
      // of their replies per call instead: the asking HTTP connection's event loop (ConnectionExecutor).
      Backend backend = new Backend(name,
          Grpc.newChannelBuilder(config.target(), InsecureChannelCredentials.create()).build());
      byName.put(name, backend);
      for (String protoPackage : config.packages()) {
        Backend previous = byPackage.put(protoPackage, backend);
        if (previous != null) {
          throw new IllegalStateException("proto package " + protoPackage + " is assigned to backends "
              + previous.name() + " and " + name);
        }
      }
    });
  }

  public Optional<Backend> forPackage(String protoPackage) {
    return Optional.ofNullable(byPackage.get(protoPackage));
  }

  @Override
  public void destroy() throws InterruptedException {
    byName.values().forEach(backend -> backend.channel().shutdown());
    for (Backend backend : byName.values()) {
      if (!backend.channel().awaitTermination(5, TimeUnit.SECONDS)) {
        backend.channel().shutdownNow();
      }
    }
  }
}

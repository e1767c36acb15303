package vn.antq.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST to gRPC transcoder.
 *
 * @param deadline gRPC deadline of every backend call
 * @param maxBodySize largest JSON request body accepted
 * @param backends gRPC backends by name; the name also names the backend's circuit breaker
 */
@ConfigurationProperties("antq.gateway")
public record GatewayProperties(
    @DefaultValue("5s") Duration deadline,
    @DefaultValue("1MB") DataSize maxBodySize,
    Map<String, Backend> backends) {

  public GatewayProperties {
    backends = backends == null ? Map.of() : Map.copyOf(backends);
  }

  /**
   * One gRPC server (or load-balanced service address).
   *
   * @param target gRPC target, e.g. {@code localhost:9091} or {@code dns:///registry:9091}
   * @param packages proto packages whose services it serves, e.g. {@code antq.registry.v1}
   */
  public record Backend(String target, List<String> packages) {

    public Backend {
      packages = packages == null ? List.of() : List.copyOf(packages);
    }
  }
}

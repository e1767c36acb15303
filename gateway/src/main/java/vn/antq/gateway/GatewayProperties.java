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
 * @param maxBodySizes larger limits for the few operations that carry files, by full method name
 *     (e.g. {@code antq.members.v1.MemberImports.CreateImport}); at most {@link #BODY_SIZE_CEILING}
 * @param backends gRPC backends by name; the name also names the backend's circuit breaker
 */
@ConfigurationProperties("antq.gateway")
public record GatewayProperties(
    @DefaultValue("5s") Duration deadline,
    @DefaultValue("1MB") DataSize maxBodySize,
    Map<String, DataSize> maxBodySizes,
    Map<String, Backend> backends) {

  /** Every body is read into memory before it is transcoded: no limit may exceed this. */
  public static final DataSize BODY_SIZE_CEILING = DataSize.ofMegabytes(64);

  public GatewayProperties {
    maxBodySizes = maxBodySizes == null ? Map.of() : Map.copyOf(maxBodySizes);
    backends = backends == null ? Map.of() : Map.copyOf(backends);
    maxBodySizes.forEach((method, size) -> {
      if (size.compareTo(BODY_SIZE_CEILING) > 0) {
        throw new IllegalArgumentException("antq.gateway.max-body-sizes: " + method + " exceeds " + BODY_SIZE_CEILING);
      }
    });
  }

  /** The body limit of a method, by its full name. */
  public int maxBodyBytes(String fullMethodName) {
    return (int) maxBodySizes.getOrDefault(fullMethodName, maxBodySize).toBytes();
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

package vn.antq.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * A domain service the launcher runs, as listed in {@code platform.yml}; {@code environment} holds
 * extra variables of its process (e.g. a Spring profile with demo settings).
 */
record ServiceSpec(String name, String jar, int httpPort, int grpcPort, String database,
                   Map<String, String> environment) {

  @SuppressWarnings("unchecked")
  static List<ServiceSpec> load() {
    try (InputStream in = ServiceSpec.class.getResourceAsStream("/platform.yml")) {
      Map<String, Object> root = new Yaml().load(in);
      return ((List<Map<String, Object>>) root.get("services")).stream().map(entry -> new ServiceSpec(
          (String) entry.get("name"), (String) entry.get("jar"), (Integer) entry.get("http-port"),
          (Integer) entry.get("grpc-port"), (String) entry.get("database"),
          Map.copyOf((Map<String, String>) entry.getOrDefault("environment", Map.of())))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

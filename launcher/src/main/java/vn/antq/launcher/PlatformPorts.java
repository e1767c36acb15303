package vn.antq.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each process listens: the documented fixed ports, or free ones (tests, several platforms side by side). */
final class PlatformPorts {

  private final boolean random;
  private final int postgres = free();
  private final int redis = free();
  private final Map<String, Integer> assigned = new HashMap<>();

  private PlatformPorts(boolean random) {
    this.random = random;
  }

  static PlatformPorts of(boolean random, List<ServiceSpec> services) {
    PlatformPorts ports = new PlatformPorts(random);
    ports.assign("config-server", 8888);
    ports.assign("identity", 9000);
    ports.assign("gateway", 8080);
    ports.assign("gateway.grpc", 9090);
    for (ServiceSpec service : services) {
      ports.assign(service.name(), service.httpPort());
      ports.assign(service.name() + ".grpc", service.grpcPort());
    }
    return ports;
  }

  int postgres() {
    return postgres;
  }

  int redis() {
    return redis;
  }

  int http(String service) {
    return assigned.get(service);
  }

  int grpc(String service) {
    return assigned.get(service + ".grpc");
  }

  private void assign(String key, int standard) {
    assigned.put(key, random ? free() : standard);
  }

  private static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.antq.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Where each process listens: the documented fixed ports, or free ones (tests, several platforms side by side). */
record PlatformPorts(int postgres, int config, int identity, int registryHttp, int registryGrpc, int gateway) {

  static PlatformPorts standard() {
    return new PlatformPorts(free(), 8888, 9000, 8081, 9091, 8080);
  }

  static PlatformPorts random() {
    return new PlatformPorts(free(), free(), free(), free(), free(), free());
  }

  private static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

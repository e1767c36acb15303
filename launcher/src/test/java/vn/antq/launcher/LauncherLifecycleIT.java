package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** README command 1's promise: Ctrl-C stops all of it, leaving no process behind. */
@Order(2) // a platform of its own: before the shared one starts (junit-platform.properties)
class LauncherLifecycleIT {

  @Test
  void stoppingTheLauncherStopsEveryProcessItStarted() throws Exception {
    RunningPlatform platform = RunningPlatform.launch("--no-demo-data");
    List<ProcessHandle> children;
    try {
      children = platform.process.descendants().toList();
      System.out.printf("Platform (no demo data) ready in %d s; %d processes; total RSS %.0f MiB%n",
          platform.startupSeconds, children.size() + 1, platform.rssMiB());
      assertThat(children).as("config server, identity, services, gateway").hasSizeGreaterThanOrEqualTo(4);
      assertThat(listening(platform.postgresPort)).isTrue();
    } finally {
      platform.stop();
    }

    assertThat(platform.process.isAlive()).isFalse();
    for (ProcessHandle child : children) {
      child.onExit().get(30, TimeUnit.SECONDS);
      assertThat(child.isAlive()).as("process " + child.pid()).isFalse();
    }
    assertThat(listening(platform.postgresPort)).as("embedded PostgreSQL still listening").isFalse();
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

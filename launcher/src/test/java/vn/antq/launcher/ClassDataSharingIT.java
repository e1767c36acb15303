package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class archive's life on a real service (the config server's jar as built): the first run
 * leaves it, the next maps it, and a broken one never stops a start.
 */
@Order(0) // no platform: before the ones that start one (junit-platform.properties)
class ClassDataSharingIT {

  private static final Path ROOT = Platform.findRoot();
  private static final Path JAR = ROOT.resolve("services/config-server/target/antq-config-server-0.1.0-SNAPSHOT.jar");
  private static final String SHARED = "source: shared objects file (top)";

  @TempDir
  Path dir;

  @Test
  void theFirstRunLeavesAnArchiveTheNextStartMapsAndABrokenOneIsIgnored() throws IOException {
    ClassDataSharing sharing = ClassDataSharing.in(dir.resolve("cds"));
    String options = Platform.DEFAULT_JAVA_OPTIONS + " -Xlog:class+load=info";

    ServiceJvm training = sharing.jvm("config-server", JAR, options);
    assertThat(String.join(" ", training.arguments())).contains("-XX:ArchiveClassesAtExit=");
    runUntilReady(training, "training");
    Path archive = onlyArchive();
    assertThat(log("training")).doesNotContain(SHARED);

    runUntilReady(sharing.jvm("config-server", JAR, options), "shared");
    assertThat(log("shared")).contains("org.springframework.context.ApplicationContext " + SHARED);

    Files.delete(archive); // the JVM writes it read-only
    Files.write(archive, new byte[] {1, 2, 3}); // not an archive: the JVM starts without one
    runUntilReady(sharing.jvm("config-server", JAR, options), "broken");
    assertThat(log("broken")).doesNotContain(SHARED);
  }

  @Test
  void optionsThatChooseSharingThemselvesRunTheJarAsBuilt() {
    ServiceJvm jvm = ClassDataSharing.in(dir.resolve("cds")).jvm("config-server", JAR, "-Xshare:off -Xmx64m");

    assertThat(jvm.arguments()).containsExactly("-Xshare:off", "-Xmx64m", "-jar", JAR.toString());
  }

  private void runUntilReady(ServiceJvm jvm, String name) {
    int port = freePort();
    ServiceProcess service = ServiceProcess.start(name, port, jvm,
        Map.of("ANTQ_CONFIG_REPO", ROOT.resolve("config-repo").toUri().toString()), List.of(), dir.resolve("logs"));
    try {
      service.awaitReady(Duration.ofSeconds(120));
    } finally {
      service.stop();
    }
  }

  private Path onlyArchive() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("cds/config-server"))) {
      List<Path> archives = files.filter(file -> file.getFileName().toString().startsWith("classes.jsa")).toList();
      assertThat(archives).as("one archive, no training leftovers").hasSize(1);
      assertThat(archives.get(0).getFileName()).hasToString("classes.jsa");
      return archives.get(0);
    }
  }

  private String log(String name) throws IOException {
    return Files.readString(dir.resolve("logs").resolve(name + ".log"));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

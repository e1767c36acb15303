package vn.antq.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The java command line of one service (everything after {@code java}), decided afresh at each (re)start. */
interface ServiceJvm {

  /** The java of the launcher's own JDK. */
  String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** The JVM options and what to run, e.g. {@code -Xmx256m -jar service.jar}. */
  List<String> arguments();

  /** How long a stop may take before SIGKILL. */
  default Duration stopGrace() {
    return Duration.ofSeconds(15);
  }

  /** Whether this JVM writes a class archive as it stops (so its stop takes longer). */
  default boolean training() {
    return false;
  }

  /** Told once the JVM started by {@link #arguments()} has exited, with its exit code. */
  default void exited(int exitCode) {
  }

  /** The service's jar as Maven built it, with the given options. */
  static ServiceJvm plain(String javaOptions, Path jar) {
    return () -> withOptions(javaOptions, "-jar", jar.toString());
  }

  /** The options split on blanks, followed by {@code more}. */
  static List<String> withOptions(String javaOptions, String... more) {
    List<String> arguments = new ArrayList<>();
    if (!javaOptions.isBlank()) {
      arguments.addAll(List.of(javaOptions.trim().split("\\s+")));
    }
    arguments.addAll(List.of(more));
    return arguments;
  }
}

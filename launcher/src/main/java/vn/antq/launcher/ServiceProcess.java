package vn.antq.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One platform service running as its own JVM, with its output in a log file. */
final class ServiceProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int httpPort;
  private final Path log;
  private final ServiceJvm jvm;
  private final List<String> arguments;
  private final ProcessBuilder builder;
  private volatile Process process;
  /** The last process whose exit {@link #jvm} was told of. */
  private Process reported;

  private ServiceProcess(String name, int httpPort, Path log, ServiceJvm jvm, List<String> arguments,
                         ProcessBuilder builder) throws IOException {
    this.name = name;
    this.httpPort = httpPort;
    this.log = log;
    this.jvm = jvm;
    this.arguments = List.copyOf(arguments);
    this.builder = builder;
    this.process = launch();
  }

  static ServiceProcess start(String name, int httpPort, ServiceJvm jvm, Map<String, String> environment,
                              List<String> arguments, Path logDirectory) {
    try {
      Files.createDirectories(logDirectory);
      Path log = logDirectory.resolve(name + ".log");
      Files.deleteIfExists(log); // a restart appends; a new platform starts a new log
      ProcessBuilder builder = new ProcessBuilder().redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      builder.environment().put("PORT", String.valueOf(httpPort));
      return new ServiceProcess(name, httpPort, log, jvm, arguments, builder);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name, e);
    }
  }

  /** The JVM's command is asked for at each (re)start: a restart uses a class archive the first run left. */
  private Process launch() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ServiceJvm.JAVA);
    command.addAll(jvm.arguments());
    command.addAll(arguments);
    return builder.command(command).start();
  }

  /** Tells the JVM's command of an exit once (the stop of a training run leaves a class archive). */
  private synchronized void reportExit() {
    Process current = process;
    if (current != reported && !current.isAlive()) {
      reported = current;
      jvm.exited(current.exitValue());
    }
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits until the actuator readiness probe answers UP; fails early if the process dies. */
  void awaitReady(Duration timeout) {
    URI readiness = URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log + "\n" + tail());
      }
      try {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
      sleep(250);
    }
    throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log + "\n" + tail());
  }

  /** Sends SIGTERM to the process tree without waiting. */
  void requestStop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  /** Stops the process tree: a polite SIGTERM first, so Spring shuts down gracefully, then SIGKILL. */
  void stop() {
    requestStop();
    awaitStop();
  }

  /** Whether its stop also writes the class archive later starts use (the first run of a build). */
  boolean writesClassArchiveAtStop() {
    return jvm.training();
  }

  /** Waits for a requested stop, forcing it (SIGKILL) after the JVM's grace (15 s, longer for a training run). */
  void awaitStop() {
    try {
      if (!process.waitFor(jvm.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    reportExit();
  }

  /** Starts the service again after a stop or a kill, as an orchestrator restarts a pod. */
  void restart() {
    if (process.isAlive()) {
      throw new IllegalStateException(name + " is still running");
    }
    reportExit();
    try {
      process = launch();
    } catch (IOException e) {
      throw new UncheckedIOException("could not restart " + name, e);
    }
  }

  /** Freezes the process (SIGSTOP): it keeps its sockets open but answers nothing, like a stalled service. */
  void suspend() {
    signal("STOP");
  }

  void resume() {
    signal("CONT");
  }

  private void signal(String signal) {
    try {
      int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("kill -" + signal + " " + name + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Kills without a chance to clean up, as an orchestrator or the kernel's OOM killer would. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    reportExit();
  }

  @Override
  public void close() {
    stop();
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

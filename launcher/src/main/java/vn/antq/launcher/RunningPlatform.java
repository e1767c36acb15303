package vn.antq.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.antq.launcher.seed.Tokens;

/**
 * The platform as README command 1 starts it — the packaged launcher in its own process, on free
 * ports — for end-to-end tests (one shared instance with demo data, stopped when the JVM exits) and
 * benchmarks. Its addresses are read from what the launcher prints, as a user would read them.
 */
public final class RunningPlatform {

  private static final Pattern URL = Pattern.compile("^\\s*(Gateway \\(REST\\)|Identity \\(OIDC\\)):\\s+(\\S+)");
  private static final Pattern POSTGRES = Pattern.compile("^\\s*PostgreSQL:\\s+jdbc:postgresql://127.0.0.1:(\\d+)/");
  private static final Pattern GRPC = Pattern.compile("^\\s*gRPC (\\S+):\\s+localhost:(\\d+)");
  private static final Pattern GATEWAY_GRPC = Pattern.compile("^\\s*Gateway \\(gRPC\\):\\s+localhost:(\\d+)");
  private static RunningPlatform shared;

  public final Process process;
  public final String gateway;
  public final String identity;
  public final Map<String, Integer> grpcPorts;
  /** The gateway's native gRPC pass-through. */
  public final int gatewayGrpcPort;
  public final int postgresPort;
  public final long startupSeconds;
  public final String output;

  private RunningPlatform(Process process, String gateway, String identity, Map<String, Integer> grpcPorts,
                          int gatewayGrpcPort, int postgresPort, long startupSeconds, String output) {
    this.process = process;
    this.gateway = gateway;
    this.identity = identity;
    this.grpcPorts = grpcPorts;
    this.gatewayGrpcPort = gatewayGrpcPort;
    this.postgresPort = postgresPort;
    this.startupSeconds = startupSeconds;
    this.output = output;
  }

  /** The shared platform with demo data, started on first use. */
  public static synchronized RunningPlatform shared() {
    if (shared == null) {
      shared = launch();
      RunningPlatform started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return shared;
  }

  /** A platform of its own, for tests that stop it. */
  public static RunningPlatform launch(String... extraArguments) {
    return launch(Map.of(), extraArguments);
  }

  /** The same, with extra environment for the launcher and the services it starts (e.g. ANTQ_JAVA_OPTS). */
  public static RunningPlatform launch(Map<String, String> environment, String... extraArguments) {
    Path root = Platform.findRoot();
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", root.resolve("launcher/target/antq-launcher-exec.jar").toString(), "--random-ports"));
    command.addAll(List.of(extraArguments));
    Instant begin = Instant.now();
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
      builder.environment().putAll(environment);
      Process process = builder.start();
      BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      Map<String, String> urls = new HashMap<>();
      Map<String, Integer> grpc = new HashMap<>();
      int postgres = 0;
      int gatewayGrpc = 0;
      String line;
      while ((line = lines.readLine()) != null) {
        seen.append(line).append('\n');
        Matcher url = URL.matcher(line);
        if (url.find()) {
          urls.put(url.group(1), url.group(2).replace("/api/v1/...", ""));
        }
        Matcher database = POSTGRES.matcher(line);
        if (database.find()) {
          postgres = Integer.parseInt(database.group(1));
        }
        Matcher gatewayPort = GATEWAY_GRPC.matcher(line);
        if (gatewayPort.find()) {
          gatewayGrpc = Integer.parseInt(gatewayPort.group(1));
        }
        Matcher port = GRPC.matcher(line);
        if (port.find()) {
          grpc.put(port.group(1).replace(":", ""), Integer.parseInt(port.group(2)));
        }
        if (line.startsWith("ANTQ ready at ")) {
          Thread drain = new Thread(() -> {
            try {
              lines.lines().forEach(ignored -> { });
            } catch (UncheckedIOException e) {
              // the launcher exited and closed its output
            }
          });
          drain.setDaemon(true);
          drain.start();
          return new RunningPlatform(process, urls.get("Gateway (REST)"), urls.get("Identity (OIDC)"), Map.copyOf(grpc), gatewayGrpc, postgres,
              Duration.between(begin, Instant.now()).toSeconds(), seen.toString());
        }
      }
      throw new IllegalStateException("the launcher stopped before it was ready:\n" + seen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String token(String clientId) {
    return Tokens.clientCredentials(identity, clientId);
  }

  /** Total resident memory of the launcher and every process it started, in MiB. */
  public double rssMiB() {
    long kb = process.descendants().mapToLong(RunningPlatform::rssKb).sum() + rssKb(process.toHandle());
    return kb / 1024.0;
  }

  /** SIGTERM, as Ctrl-C: the launcher's shutdown hook stops everything. */
  public void stop() {
    process.destroy();
    try {
      process.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long rssKb(ProcessHandle handle) {
    try {
      return Files.readAllLines(Path.of("/proc/" + handle.pid() + "/status")).stream()
          .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).sum();
    } catch (IOException e) {
      return 0;
    }
  }
}

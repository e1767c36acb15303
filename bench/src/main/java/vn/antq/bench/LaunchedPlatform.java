package vn.antq.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** README command 1 in its own process, timed to "ANTQ ready", with its addresses read from its output. */
final class LaunchedPlatform implements AutoCloseable {

  private static final Pattern GATEWAY = Pattern.compile("^\\s*Gateway \\(REST\\):\\s+(http://\\S+)/api/v1");
  private static final Pattern IDENTITY = Pattern.compile("^\\s*Identity \\(OIDC\\):\\s+(http://\\S+)");
  private static final Pattern REGISTRY = Pattern.compile("^\\s*gRPC registry:\\s+localhost:(\\d+)");
  private static final Pattern POSTGRES = Pattern.compile("^\\s*PostgreSQL:\\s+(jdbc:postgresql://\\S+/)postgres");

  final Process process;
  final String gateway;
  final String identity;
  final int registryPort;
  final String postgresBase;
  final Duration startup;

  private LaunchedPlatform(Process process, String gateway, String identity, int registryPort, String postgresBase,
                           Duration startup) {
    this.process = process;
    this.gateway = gateway;
    this.identity = identity;
    this.registryPort = registryPort;
    this.postgresBase = postgresBase;
    this.startup = startup;
  }

  static LaunchedPlatform start(Path root, String javaOptions) {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        root.resolve("launcher/target/antq-launcher.jar").toString(), "--random-ports");
    Instant begin = Instant.now();
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
      if (javaOptions != null) {
        builder.environment().put("ANTQ_JAVA_OPTS", javaOptions);
      }
      Process process = builder.start();
      BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String gateway = null;
      String identity = null;
      String postgres = null;
      int registry = 0;
      String line;
      while ((line = lines.readLine()) != null) {
        gateway = match(GATEWAY, line, gateway);
        identity = match(IDENTITY, line, identity);
        postgres = match(POSTGRES, line, postgres);
        String port = match(REGISTRY, line, null);
        if (port != null) {
          registry = Integer.parseInt(port);
        }
        if (line.startsWith("ANTQ ready at ")) {
          Duration startup = Duration.between(begin, Instant.now());
          Thread drain = new Thread(() -> {
            try {
              lines.lines().forEach(ignored -> { });
            } catch (UncheckedIOException e) {
              // the launcher exited
            }
          });
          drain.setDaemon(true);
          drain.start();
          return new LaunchedPlatform(process, gateway, identity, registry, postgres, startup);
        }
      }
      throw new IllegalStateException("the launcher stopped before it was ready");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String match(Pattern pattern, String line, String current) {
    Matcher matcher = pattern.matcher(line);
    return matcher.find() ? matcher.group(1) : current;
  }

  String token(String clientId) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":antq-demo-secret").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(identity + "/oauth2/token"))
          .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
      if (!token.find()) {
        throw new IllegalStateException("no token: " + response.body());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Resident memory of the launcher and every process it started, in MiB. */
  double rssMiB() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    long kb = 0;
    for (ProcessHandle handle : all) {
      try {
        kb += Files.readAllLines(Path.of("/proc/" + handle.pid() + "/status")).stream()
            .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).sum();
      } catch (IOException e) {
        // the process ended meanwhile
      }
    }
    return kb / 1024.0;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package vn.antq.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.antq.persistence.DatabaseProvisioner;
import vn.antq.persistence.DatabaseProvisioner.ServiceDatabase;

/**
 * The whole platform on one machine: an embedded PostgreSQL from Maven artifacts, then the config
 * server, identity, the domain services and the gateway, each as its own JVM built by Maven — the
 * same jars the container images run.
 */
public final class Platform implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final String DEFAULT_JAVA_OPTIONS = "-XX:+UseSerialGC -Xms32m -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m";

  private final Path root;
  private final PlatformPorts ports;
  private final List<ServiceProcess> processes = new ArrayList<>();
  private EmbeddedPostgres postgres;
  private ServiceProcess registry;

  private Platform(Path root, PlatformPorts ports) {
    this.root = root;
    this.ports = ports;
  }

  private static final java.util.Set<Platform> STARTING = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Starts everything and returns once every service reports ready. */
  public static Platform start(Path root, boolean randomPorts) {
    Platform platform = new Platform(root, randomPorts ? PlatformPorts.random() : PlatformPorts.standard());
    STARTING.add(platform);
    try {
      platform.startAll();
      return platform;
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    } finally {
      STARTING.remove(platform);
    }
  }

  /** Stops platforms still starting (the JVM is shutting down). */
  static void stopStarting() {
    STARTING.forEach(Platform::close);
  }

  private void startAll() {
    postgres = startPostgres();
    String adminUrl = "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres";
    DatabaseProvisioner provisioner = new DatabaseProvisioner(adminUrl, "postgres", "postgres");
    ServiceDatabase registryDb = provisioner.provision("registry", "registry-owner-demo", "registry-app-demo");

    ServiceProcess config = launch("config-server", "services/config-server/target/antq-config-server-0.1.0-SNAPSHOT.jar",
        ports.config(), Map.of("ANTQ_CONFIG_REPO", root.resolve("config-repo").toUri().toString()), List.of());
    config.awaitReady(READY_TIMEOUT);

    String configUri = "http://127.0.0.1:" + ports.config();
    String jwks = "http://127.0.0.1:" + ports.identity() + "/oauth2/jwks";
    ServiceProcess identity = launch("identity", "services/identity/target/antq-identity-0.1.0-SNAPSHOT.jar",
        ports.identity(), Map.of("ANTQ_CONFIG_URI", configUri, "SPRING_PROFILES_ACTIVE", "demo",
            "ANTQ_CONSOLE_REDIRECT_URI", "http://localhost:" + ports.gateway() + "/login/oauth2/code/antq"),
        List.of("--spring.security.oauth2.authorizationserver.issuer=http://localhost:" + ports.identity()));
    registry = launch("registry", "services/registry/target/antq-registry-0.1.0-SNAPSHOT.jar", ports.registryHttp(),
        Map.of("ANTQ_CONFIG_URI", configUri,
            "GRPC_PORT", String.valueOf(ports.registryGrpc()),
            "ANTQ_DB_URL", registryDb.jdbcUrl(),
            "ANTQ_DB_USER", registryDb.appUser(),
            "ANTQ_DB_PASSWORD", registryDb.appPassword(),
            "ANTQ_DB_OWNER", registryDb.ownerUser(),
            "ANTQ_DB_OWNER_PASSWORD", registryDb.ownerPassword(),
            "ANTQ_JWKS_URI", jwks),
        List.of());
    ServiceProcess gateway = launch("gateway", "gateway/target/antq-gateway-0.1.0-SNAPSHOT.jar", ports.gateway(),
        Map.of("ANTQ_CONFIG_URI", configUri, "ANTQ_JWKS_URI", jwks),
        List.of("--antq.gateway.backends.registry.target=127.0.0.1:" + ports.registryGrpc(),
            "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwks));
    CompletableFuture.allOf(
        CompletableFuture.runAsync(() -> identity.awaitReady(READY_TIMEOUT)),
        CompletableFuture.runAsync(() -> registry.awaitReady(READY_TIMEOUT)),
        CompletableFuture.runAsync(() -> gateway.awaitReady(READY_TIMEOUT))).join();
  }

  private EmbeddedPostgres startPostgres() {
    try {
      return EmbeddedPostgres.builder().setPort(ports.postgres()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
  }

  private synchronized ServiceProcess launch(String name, String jar, int port, Map<String, String> environment, List<String> arguments) {
    String options = System.getenv().getOrDefault("ANTQ_JAVA_OPTS", DEFAULT_JAVA_OPTIONS);
    ServiceProcess process = ServiceProcess.start(name, root.resolve(jar), port, environment, arguments,
        root.resolve(".antq/logs"), options);
    processes.add(process);
    return process;
  }

  public String gatewayUrl() {
    return "http://localhost:" + ports.gateway();
  }

  public String identityUrl() {
    return "http://localhost:" + ports.identity();
  }

  public String configUrl() {
    return "http://localhost:" + ports.config();
  }

  public int registryGrpcPort() {
    return ports.registryGrpc();
  }

  public String postgresUrl() {
    return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres";
  }

  /** Process ids of every service JVM (for memory figures). */
  public List<Long> pids() {
    return processes.stream().map(ServiceProcess::pid).toList();
  }


  @Override
  public synchronized void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).stop();
    }
    processes.clear();
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        // nothing more to release: the temporary data directory is removed on exit
      }
      postgres = null;
    }
  }

  /** The project root: the nearest directory upwards holding config-repo/ and the parent pom. */
  public static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("config-repo")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("run from inside the ANTQ project (no config-repo/ found upwards)");
  }
}

package vn.antq.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import vn.antq.persistence.DatabaseProvisioner;
import vn.antq.persistence.DatabaseProvisioner.ServiceDatabase;

/**
 * The whole platform on one machine: an embedded PostgreSQL and Redis from Maven artifacts, then the
 * config server, identity, the domain services of {@code platform.yml} and the gateway, each as its
 * own JVM built by Maven — the same jars the container images run, extracted and with a class archive
 * ({@link ClassDataSharing}) to start faster.
 */
public final class Platform implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  /**
   * Small JVMs for one machine. C1 only (TieredStopAtLevel=1): C2 compilation is most of the CPU a
   * Spring Boot start burns, and six JVMs start at once; measured here, it halves the platform's
   * start-up CPU (83 s to 45 s with demo data). Peak speed does not matter for a demo.
   */
  public static final String DEFAULT_JAVA_OPTIONS =
      "-XX:+UseSerialGC -Xms32m -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1";
  private static final Set<Platform> STARTING = ConcurrentHashMap.newKeySet();

  private final Path root;
  private final Path configRepo;
  private final Map<String, String> commonEnvironment;
  private final List<ServiceSpec> services;
  private final PlatformPorts ports;
  private final Path logs;
  private final ClassDataSharing classDataSharing;
  private final List<ServiceProcess> processes = new ArrayList<>();
  private EmbeddedPostgres postgres;
  private EmbeddedRedis redis;

  private Platform(Path root, boolean randomPorts, Path configRepo, Map<String, String> commonEnvironment) {
    this.root = root;
    this.configRepo = configRepo;
    this.commonEnvironment = Map.copyOf(commonEnvironment);
    this.services = ServiceSpec.load();
    this.ports = PlatformPorts.of(randomPorts, services);
    this.classDataSharing = ClassDataSharing.forProject(root);
    // Platforms on free ports may run side by side (tests): each keeps its own logs.
    this.logs = randomPorts ? root.resolve(".antq/logs/gateway-" + ports.http("gateway")) : root.resolve(".antq/logs");
  }

  /** Starts everything and returns once every service reports ready. */
  public static Platform start(Path root, boolean randomPorts) {
    return start(root, randomPorts, root.resolve("config-repo"), Map.of());
  }

  /**
   * The same, served from another configuration folder and with extra environment for every
   * service (tests that change the configuration use a copy of config-repo).
   */
  public static Platform start(Path root, boolean randomPorts, Path configRepo, Map<String, String> environment) {
    Platform platform = new Platform(root, randomPorts, configRepo, environment);
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
    long begin = System.nanoTime();
    postgres = startPostgres();
    redis = EmbeddedRedis.start(ports.redis());
    ready("PostgreSQL and Redis", begin);
    DatabaseProvisioner provisioner = new DatabaseProvisioner(postgresUrl(), "postgres", "postgres");

    ServiceProcess config = launch("config-server", "services/config-server/target/antq-config-server-0.1.0-SNAPSHOT.jar",
        Map.of("ANTQ_CONFIG_REPO", configRepo.toUri().toString()), List.of());
    config.awaitReady(READY_TIMEOUT);
    ready(config.name(), begin);

    String configUri = "http://127.0.0.1:" + ports.http("config-server");
    String jwks = "http://127.0.0.1:" + ports.http("identity") + "/oauth2/jwks";
    List<ServiceProcess> starting = new ArrayList<>();
    starting.add(launch("identity", "services/identity/target/antq-identity-0.1.0-SNAPSHOT.jar",
        Map.of("ANTQ_CONFIG_URI", configUri, "SPRING_PROFILES_ACTIVE", "demo",
            "ANTQ_CONSOLE_REDIRECT_URI", gatewayUrl() + "/login/oauth2/code/antq",
            "ANTQ_CONSOLE_POST_LOGOUT_URI", gatewayUrl() + "/"),
        List.of("--spring.security.oauth2.authorizationserver.issuer=" + identityUrl())));

    List<String> channels = new ArrayList<>();
    List<String> backends = new ArrayList<>();
    for (ServiceSpec service : services) {
      String target = "127.0.0.1:" + ports.grpc(service.name());
      channels.add("--spring.grpc.client.channels." + service.name() + ".address=static://" + target);
      backends.add("--antq.gateway.backends." + service.name() + ".target=" + target);
    }
    for (ServiceSpec service : services) {
      Map<String, String> environment = new HashMap<>(service.environment());
      environment.putAll(Map.of("ANTQ_CONFIG_URI", configUri, "ANTQ_JWKS_URI", jwks,
          "GRPC_PORT", String.valueOf(ports.grpc(service.name()))));
      if (service.database() != null) {
        environment.putAll(databaseEnvironment(provisioner.provision(service.database(),
            service.database() + "-owner-demo", service.database() + "-app-demo")));
      }
      starting.add(launch(service.name(), service.jar(), environment, channels));
    }
    List<String> gatewayArguments = new ArrayList<>(backends);
    gatewayArguments.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwks);
    gatewayArguments.add("--antq.gateway.grpc.port=" + gatewayGrpcPort());
    gatewayArguments.add("--spring.data.redis.host=127.0.0.1");
    gatewayArguments.add("--spring.data.redis.port=" + ports.redis());
    starting.add(launch("gateway", "gateway/target/antq-gateway-0.1.0-SNAPSHOT.jar",
        // The console's login: browsers go to identity by its public URL, the gateway fetches tokens over loopback.
        Map.of("ANTQ_CONFIG_URI", configUri, "ANTQ_JWKS_URI", jwks, "ANTQ_IDENTITY_URI", identityUrl(),
            "ANTQ_IDENTITY_INTERNAL_URI", "http://127.0.0.1:" + ports.http("identity")), gatewayArguments));
    CompletableFuture.allOf(starting.stream()
        .map(process -> CompletableFuture.runAsync(() -> {
          process.awaitReady(READY_TIMEOUT);
          ready(process.name(), begin);
        }))
        .toArray(CompletableFuture[]::new)).join();
  }

  /** Where start-up time goes: every part's ready time, counted from the start of the platform. */
  private static void ready(String part, long begin) {
    System.out.printf(Locale.ROOT, "  %-22s ready after %5.1f s%n", part, (System.nanoTime() - begin) / 1e9);
  }

  private static Map<String, String> databaseEnvironment(ServiceDatabase db) {
    return Map.of("ANTQ_DB_URL", db.jdbcUrl(), "ANTQ_DB_USER", db.appUser(), "ANTQ_DB_PASSWORD", db.appPassword(),
        "ANTQ_DB_OWNER", db.ownerUser(), "ANTQ_DB_OWNER_PASSWORD", db.ownerPassword(),
        "ANTQ_DB_NATIONAL_ROLE", db.nationalRole());
  }

  private EmbeddedPostgres startPostgres() {
    try {
      return EmbeddedPostgres.builder().setPort(ports.postgres()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
  }

  private synchronized ServiceProcess launch(String name, String jar, Map<String, String> environment,
                                             List<String> arguments) {
    Path built = root.resolve(jar);
    if (!Files.isRegularFile(built)) {
      throw new IllegalStateException(built + " is missing: build first with 'mvn -DskipTests install'");
    }
    Map<String, String> merged = new HashMap<>(commonEnvironment);
    merged.putAll(environment);
    ServiceProcess process = ServiceProcess.start(name, ports.http(name),
        classDataSharing.jvm(name, built, javaOptions(name)), merged, arguments, logs);
    processes.add(process);
    return process;
  }

  /**
   * {@code ANTQ_JAVA_OPTS_<SERVICE>} (e.g. {@code ANTQ_JAVA_OPTS_GATEWAY}) for one service, else
   * {@code ANTQ_JAVA_OPTS} for all, else the defaults: benchmarks give full JIT to the JVMs they
   * measure while the others keep the fast start.
   */
  static String javaOptions(String service) {
    String own = System.getenv("ANTQ_JAVA_OPTS_" + service.toUpperCase(Locale.ROOT).replace('-', '_'));
    return own != null ? own : System.getenv().getOrDefault("ANTQ_JAVA_OPTS", DEFAULT_JAVA_OPTIONS);
  }

  public String gatewayUrl() {
    return "http://localhost:" + ports.http("gateway");
  }

  /** The gateway's native gRPC pass-through. */
  public int gatewayGrpcPort() {
    return ports.grpc("gateway");
  }

  /** Where the gateway keeps its rate-limit counters. */
  public String redisAddress() {
    return "localhost:" + ports.redis();
  }

  public String identityUrl() {
    return "http://localhost:" + ports.http("identity");
  }

  public String configUrl() {
    return "http://localhost:" + ports.http("config-server");
  }

  /** Where every service's log file is. */
  public Path logDirectory() {
    return logs;
  }

  /** gRPC port of a domain service of {@code platform.yml}. */
  public int grpcPort(String service) {
    return ports.grpc(service);
  }

  public List<String> serviceNames() {
    return services.stream().map(ServiceSpec::name).toList();
  }

  /** Fault injection for tests: stop, kill (SIGKILL), freeze or restart one service by name. */
  public void stopService(String name) {
    process(name).stop();
  }

  public void killService(String name) {
    process(name).kill();
  }

  public void suspendService(String name) {
    process(name).suspend();
  }

  public void resumeService(String name) {
    process(name).resume();
  }

  public void restartService(String name) {
    ServiceProcess service = process(name);
    service.restart();
    service.awaitReady(READY_TIMEOUT);
  }

  private synchronized ServiceProcess process(String name) {
    return processes.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service " + name));
  }

  public String postgresUrl() {
    return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres";
  }

  @Override
  public synchronized void close() {
    // All asked to stop at once, the gateway first, and awaited together: a JVM ending a training run
    // writes its class archive as it exits, a few seconds each that need not add up.
    List<ServiceProcess> stopping = new ArrayList<>(processes);
    Collections.reverse(stopping);
    if (stopping.stream().anyMatch(ServiceProcess::writesClassArchiveAtStop)) {
      System.out.println("Writing class-data archives for faster starts (the first stop of a build only)...");
    }
    stopping.forEach(ServiceProcess::requestStop);
    CompletableFuture.allOf(stopping.stream().map(process -> CompletableFuture.runAsync(process::awaitStop))
        .toArray(CompletableFuture[]::new)).join();
    processes.clear();
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        // nothing more to release: the temporary data directory is removed on exit
      }
      postgres = null;
    }
    if (redis != null) {
      redis.close();
      redis = null;
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

package vn.antq.bench;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import vn.antq.launcher.Platform;
import vn.antq.launcher.RunningPlatform;
import vn.antq.launcher.seed.Bearer;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * One command, loopback only, bounded in time: starts the platform as README command 1 does and
 * prints one line per figure, each a ratio of two measurements taken side by side in the same run.
 * Run with {@code bench/run.sh}; results go to bench/RESULTS.md by hand, with the machine and date.
 */
public final class Bench {

  private static final int CONCURRENCY = 16;
  private static final int MIN_WARMUP_ROUNDS = 2;
  private static final int MAX_WARMUP_ROUNDS = 10;
  private static final double SETTLED_JIT_SHARE = 0.05;
  private static final int ROUNDS = 3;
  private static final Duration ROUND = Duration.ofSeconds(8);
  private static final Duration FIXED_RATE_WARMUP = Duration.ofSeconds(5);
  private static final Duration FIXED_RATE = Duration.ofSeconds(20);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  /**
   * The JVMs measured in figures 1 and 2 (gateway and registry) run as they would in production:
   * full JIT (C2) and a heap of their own; the others keep the launcher's fast-start options.
   */
  static final String MEASURED_JAVA_OPTIONS = "-XX:+UseG1GC -Xms512m -Xmx512m";
  /**
   * A rate-limit tier for the bench only, given to bac-lieu through the environment (local settings
   * win over the config server's): the bucket and the daily quota still run in Redis on every
   * request, as in production, but never refuse one. config-repo's tiers stay as they are.
   */
  static final String BENCH_TIER = """
      {"antq":{"tenants":{"bac-lieu":{"tier":"bench"}},
       "gateway":{"rate-limits":{"tiers":{"bench":{"replenish-rate":1000000,"burst-capacity":2000000,
       "daily-quota":1000000000}}}}}}""";

  private Bench() {}

  /**
   * With the argument {@code national}, only figures 5 and 6; with {@code gateway}, only figures 1 and 2;
   * with {@code profile}, the gateway records a flight recording per transport in .antq/.
   */
  public static void main(String[] args) throws Exception {
    List<String> options = List.of(args);
    System.out.printf("ANTQ benchmarks — %d cores, Java %s, %s, load average %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), java.time.Instant.now(),
        loadAverage());
    if (!options.contains("gateway")) {
      RunningPlatform platform = RunningPlatform.launch();
      try {
        figure("5. start-up: seconds from the run command to ready (target <= 60)", platform.startupSeconds, 60, true);
        figure("5. total RSS of all processes, GiB (target <= 2.5)", platform.rssMiB() / 1024, 2.5, true);
        // Where the start-up went: each part's ready time and each demo seed, as the launcher printed them.
        platform.output.lines().filter(line -> line.contains(" ready after ") || line.startsWith("Demo data:"))
            .forEach(line -> System.out.println("   " + line.strip()));
        NationalDashboardBench.run(platform);
        if (options.contains("national")) {
          return;
        }
        rowLevelSecurity(platform);
      } finally {
        platform.stop();
      }
      inProcessVersusLoopback();
    }
    for (boolean nativeTransport : new boolean[] {true, false}) {
      RunningPlatform measured = RunningPlatform.launch(measuredEnvironment(nativeTransport, options.contains("profile")));
      try {
        gatewayFigures(measured, "native transport " + (nativeTransport ? "on" : "off"));
      } finally {
        measured.stop();
      }
    }
  }

  private static Map<String, String> measuredEnvironment(boolean nativeTransport, boolean profile) {
    String gateway = MEASURED_JAVA_OPTIONS + (nativeTransport ? "" : " -Dreactor.netty.native=false");
    if (profile) {
      gateway += " -XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
          + Platform.findRoot().resolve(".antq/bench-gateway-native-" + (nativeTransport ? "on" : "off") + ".jfr");
    }
    return Map.of("SPRING_APPLICATION_JSON", BENCH_TIER,
        "ANTQ_JAVA_OPTS_GATEWAY", gateway, "ANTQ_JAVA_OPTS_REGISTRY", MEASURED_JAVA_OPTIONS);
  }

  /** Figures 1 and 2: the gateway's cost over a direct gRPC call, and its latency spread at 70 % load. */
  private static void gatewayFigures(RunningPlatform platform, String transport) throws Exception {
    String token = platform.token("bac-lieu-sync");
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", platform.grpcPorts.get("registry"))
        .usePlaintext().build();
    try {
      var registry = ModelRegistryGrpc.newBlockingStub(channel).withCallCredentials(new Bearer(token));
      String model = registry.listModels(ListModelsRequest.newBuilder().setParent("provinces/bac-lieu").setPageSize(1).build())
          .getModels(0).getName();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      // Every call has a time limit, counted as an error when reached: a lost answer must not stop the run.
      HttpRequest rest = HttpRequest.newBuilder(URI.create(platform.gateway + "/api/v1/" + model))
          .header("Authorization", "Bearer " + token).timeout(CALL_TIMEOUT).build();
      HttpResponse<String> first = http.send(rest, HttpResponse.BodyHandlers.ofString());
      if (first.statusCode() != 200 || !first.body().contains(model)) {
        throw new IllegalStateException("the gateway answered " + first.statusCode() + ": " + first.body());
      }
      GetModelRequest grpc = GetModelRequest.newBuilder().setName(model).build();
      Load.Call viaGateway = () -> succeeded(http.send(rest, HttpResponse.BodyHandlers.discarding()));
      Load.Call direct = () -> registry.withDeadlineAfter(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getModel(grpc);

      System.out.printf(Locale.ROOT, "   [%s] start-up %d s, load average %s%n", transport, platform.startupSeconds, loadAverage());
      Supplier<Map<String, Long>> cpu = () -> CpuTimes.snapshot(platform);
      warmUp(viaGateway, direct, cpu);
      Load.Result gateway = compare(transport, "JVM clients: HttpClient vs grpc-java", cpu,
          Load.closedLoop(CONCURRENCY, viaGateway), Load.closedLoop(CONCURRENCY, direct));
      // After the JVM clients' rounds, which end the gateway's warm-up: right after the warm-up its
      // compilers still took 16 % of its CPU in h2load's rounds.
      Optional<H2Load> h2load = H2Load.find();
      if (h2load.isPresent()) {
        // The reply's gRPC frame: 5 bytes of prefix, then the model as the registry serializes it.
        int replyBytes = 5 + registry.getModel(grpc).getSerializedSize();
        compare(transport, "h2load both sides", cpu,
            h2load.get().rest(platform.gateway + "/api/v1/" + model, token, CONCURRENCY),
            h2load.get().grpc("127.0.0.1:" + platform.grpcPorts.get("registry"),
                ModelRegistryGrpc.getGetModelMethod().getFullMethodName(), grpc.toByteArray(), replyBytes, token,
                CONCURRENCY));
      } else {
        System.out.println("   h2load not found (Debian: apt-get install nghttp2-client): JVM clients only");
      }

      double rate = 0.7 * gateway.perSecond();
      Supplier<CompletableFuture<?>> async = () -> http.sendAsync(rest, HttpResponse.BodyHandlers.discarding())
          .thenApply(Bench::succeeded);
      Load.fixedRate(rate, FIXED_RATE_WARMUP, async);
      Load.Result fixed = Load.fixedRate(rate, FIXED_RATE, async);
      double p50 = fixed.latencies().percentileMicros(50);
      double p99 = fixed.latencies().percentileMicros(99);
      System.out.printf(Locale.ROOT, "   fixed rate %.0f req/s for %d s: p50 %.0f us, p90 %.0f us, p99 %.0f us, max %.0f us, %s; load average %s%n",
          rate, FIXED_RATE.toSeconds(), p50, fixed.latencies().percentileMicros(90), p99,
          fixed.latencies().percentileMicros(100), fixed.errors(), loadAverage());
      figure("2. p99 / p50 through gateway at 70% of max, fixed rate [" + transport + "] (target <= 3)", p99 / p50, 3, true);
    } finally {
      channel.shutdownNow();
    }
  }

  /**
   * Figure 1 for one pair of load generators: the same {@value #CONCURRENCY} concurrent requests on
   * each side, in alternating rounds. Returns the gateway's side.
   */
  private static Load.Result compare(String transport, String clients, Supplier<Map<String, Long>> cpu,
      Load.Side viaGateway, Load.Side direct) throws Exception {
    Load.Result[] measured = Load.alternating(ROUNDS, ROUND, viaGateway, direct, cpu);
    Load.Result gateway = measured[0];
    Load.Result grpcDirect = measured[1];
    System.out.printf(Locale.ROOT,
        "   [%s] %d concurrent requests each side, %d alternating rounds of %d s: gateway %.0f req/s (%s), direct gRPC %.0f req/s (%s); load average %s%n",
        clients, CONCURRENCY, ROUNDS, ROUND.toSeconds(), gateway.perSecond(), gateway.errors(),
        grpcDirect.perSecond(), grpcDirect.errors(), loadAverage());
    System.out.printf(Locale.ROOT, "   CPU per request, microseconds: via gateway %s; direct %s%n",
        rounded(gateway.cpuMicrosPerRequest()), rounded(grpcDirect.cpuMicrosPerRequest()));
    figure("1. REST through gateway / direct gRPC, same concurrency [" + transport + ", " + clients + "] (target >= 0.6)",
        gateway.perSecond() / grpcDirect.perSecond(), 0.6, false);
    return gateway;
  }

  private static String rounded(Map<String, Double> micros) {
    StringBuilder text = new StringBuilder();
    micros.forEach((part, value) -> text.append(text.isEmpty() ? "" : ", ").append(part).append(' ')
        .append(Math.round(value)));
    return text.toString();
  }

  /**
   * Alternating rounds until the gateway's JIT compilers have settled (under 5 % of its CPU in a
   * round): on a loaded machine they starve and compile for minutes, and their CPU would be counted
   * against the gateway. Bounded: at most {@value #MAX_WARMUP_ROUNDS} rounds.
   */
  private static void warmUp(Load.Call viaGateway, Load.Call direct, Supplier<Map<String, Long>> cpu)
      throws Exception {
    int rounds = 0;
    double jitShare;
    do {
      Map<String, Long> used = Load.alternating(1, ROUND, Load.closedLoop(CONCURRENCY, viaGateway),
          Load.closedLoop(CONCURRENCY, direct), cpu)[0].cpuNanos();
      rounds++;
      long jit = used.getOrDefault("gateway JIT", 0L);
      jitShare = jit / (double) Math.max(1, jit + used.getOrDefault("gateway", 0L));
    } while (rounds < MAX_WARMUP_ROUNDS && (rounds < MIN_WARMUP_ROUNDS || jitShare > SETTLED_JIT_SHARE));
    System.out.printf(Locale.ROOT, "   warm-up: %d alternating rounds of %d s; JIT share of the gateway's CPU in the last one %.0f %%%n",
        rounds, ROUND.toSeconds(), 100 * jitShare);
  }

  /** A non-2xx answer is an error, counted under its status. */
  private static <T> HttpResponse<T> succeeded(HttpResponse<T> response) {
    if (response.statusCode() / 100 != 2) {
      throw new Load.Refused("HTTP " + response.statusCode());
    }
    return response;
  }

  /** The 1, 5 and 15 minute load averages: other builds share this machine. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Figure 3: the same tenant-scoped list under row-level security and with an explicit filter. */
  private static void rowLevelSecurity(RunningPlatform platform) throws SQLException {
    String url = "jdbc:postgresql://127.0.0.1:" + platform.postgresPort + "/registry";
    try (Connection owner = DriverManager.getConnection(url, "registry_owner", "registry-owner-demo");
         Connection app = DriverManager.getConnection(url, "registry_app", "registry-app-demo")) {
      try (Statement seed = owner.createStatement()) {
        // 34 provinces x 600 models beside the demo data: the index leads with province in both plans.
        seed.execute("""
            INSERT INTO model (province, id, code, display_name, name_folded, sector, status)
            SELECT 'bench-' || p, gen_random_uuid(), 'M-' || m, 'Mô hình ' || m, 'mo hinh ' || m, 'OTHER', 'ACTIVE'
            FROM generate_series(1, 34) p, generate_series(1, 600) m
            ON CONFLICT DO NOTHING""");
        seed.execute("ANALYZE model");
      }
      String list = "SELECT id, code, display_name, status FROM model %s ORDER BY code LIMIT 50";
      Latencies rls = new Latencies();
      Latencies explicit = new Latencies();
      owner.setAutoCommit(false);
      app.setAutoCommit(false);
      for (int i = 0; i < 6_000; i++) {
        String province = "bench-" + (1 + i % 34);
        boolean measure = i >= 1_000;
        long rlsTime = timedList(app, province, list.formatted(""), false);
        long explicitTime = timedList(owner, province, list.formatted("WHERE province = ?"), true);
        if (measure) {
          rls.add(rlsTime);
          explicit.add(explicitTime);
        }
      }
      System.out.printf(Locale.ROOT, "   p50 under RLS %.0f us, with WHERE province = ? %.0f us (5,000 queries each)%n",
          rls.percentileMicros(50), explicit.percentileMicros(50));
      figure("3. tenant list under RLS / explicit WHERE province (target <= 1.1)",
          rls.percentileMicros(50) / explicit.percentileMicros(50), 1.1, true);
    }
  }

  private static long timedList(Connection connection, String province, String sql, boolean bindProvince)
      throws SQLException {
    long start = System.nanoTime();
    try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.province', ?, true)")) {
      set.setString(1, province);
      set.execute();
    }
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (bindProvince) {
        query.setString(1, province);
      }
      int rows = 0;
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows++;
        }
      }
      if (rows != 50) {
        throw new IllegalStateException(rows + " rows for " + province);
      }
    }
    connection.commit();
    return System.nanoTime() - start;
  }

  /** Figure 4: what a network hop over loopback adds to a gRPC call, against an in-process call. */
  private static void inProcessVersusLoopback() throws Exception {
    HealthStatusManager health = new HealthStatusManager();
    Server loopback = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
        .addService(health.getHealthService()).build().start();
    Server inProcess = InProcessServerBuilder.forName("bench").directExecutor()
        .addService(health.getHealthService()).build().start();
    ManagedChannel overLoopback = NettyChannelBuilder.forAddress("127.0.0.1", loopback.getPort()).usePlaintext().build();
    ManagedChannel local = InProcessChannelBuilder.forName("bench").directExecutor().build();
    try {
      Latencies remote = sequential(HealthGrpc.newBlockingStub(overLoopback));
      Latencies near = sequential(HealthGrpc.newBlockingStub(local));
      double difference = remote.percentileMicros(50) - near.percentileMicros(50);
      System.out.printf(Locale.ROOT, "   p50 loopback %.0f us, in-process %.0f us (20,000 calls each)%n",
          remote.percentileMicros(50), near.percentileMicros(50));
      figure("4. gRPC p50 over loopback - in-process, microseconds (target <= 150)", difference, 150, true);
    } finally {
      overLoopback.shutdownNow();
      local.shutdownNow();
      loopback.shutdownNow();
      inProcess.shutdownNow();
    }
  }

  private static Latencies sequential(HealthGrpc.HealthBlockingStub stub) {
    HealthCheckRequest request = HealthCheckRequest.getDefaultInstance();
    for (int i = 0; i < 5_000; i++) {
      stub.check(request);
    }
    Latencies latencies = new Latencies();
    for (int i = 0; i < 20_000; i++) {
      long start = System.nanoTime();
      stub.check(request);
      latencies.add(System.nanoTime() - start);
    }
    return latencies;
  }

  static void figure(String name, double value, double target, boolean atMost) {
    boolean met = atMost ? value <= target : value >= target;
    System.out.printf(Locale.ROOT, "%-100s %8.2f  %s%n", name, value, met ? "met" : "MISSED");
  }
}

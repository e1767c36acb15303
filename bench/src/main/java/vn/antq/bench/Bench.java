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
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
  private static final Duration WARMUP = Duration.ofSeconds(8);
  private static final Duration MEASURE = Duration.ofSeconds(15);

  private Bench() {}

  /** With the argument {@code national}, only figure 6. */
  public static void main(String[] args) throws Exception {
    System.out.printf("ANTQ benchmarks — %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), java.time.LocalDate.now());
    RunningPlatform platform = RunningPlatform.launch();
    if (List.of(args).contains("national")) {
      try {
        NationalDashboardBench.run(platform);
      } finally {
        platform.stop();
      }
      return;
    }
    try {
      figure("5. start-up: seconds from the run command to ready (target <= 60)", platform.startupSeconds, 60, true);
      figure("5. total RSS of all processes, GiB (target <= 2.5)", platform.rssMiB() / 1024, 2.5, true);
      gatewayFigures(platform, "native transport on");
      // Before figure 3, whose extra provinces have models but no members.
      NationalDashboardBench.run(platform);
      rowLevelSecurity(platform);
    } finally {
      platform.stop();
    }
    inProcessVersusLoopback();
    RunningPlatform nio = RunningPlatform.launch(
        Map.of("ANTQ_JAVA_OPTS", Platform.DEFAULT_JAVA_OPTIONS + " -Dreactor.netty.native=false"));
    try {
      gatewayFigures(nio, "native transport off");
    } finally {
      nio.stop();
    }
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
      HttpRequest rest = HttpRequest.newBuilder(URI.create(platform.gateway + "/api/v1/" + model))
          .header("Authorization", "Bearer " + token).build();
      GetModelRequest grpc = GetModelRequest.newBuilder().setName(model).build();
      Load.Call viaGateway = () -> {
        HttpResponse<String> response = http.send(rest, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("HTTP " + response.statusCode());
        }
      };
      Load.Call direct = () -> registry.getModel(grpc);

      Load.closedLoop(CONCURRENCY, WARMUP, viaGateway);
      Load.closedLoop(CONCURRENCY, WARMUP, direct);
      Load.Result gateway = Load.closedLoop(CONCURRENCY, MEASURE, viaGateway);
      Load.Result grpcDirect = Load.closedLoop(CONCURRENCY, MEASURE, direct);
      System.out.printf(Locale.ROOT, "   gateway %.0f req/s (%d errors), direct gRPC %.0f req/s (%d errors), %d callers%n",
          gateway.perSecond(), gateway.errors(), grpcDirect.perSecond(), grpcDirect.errors(), CONCURRENCY);
      figure("1. REST through gateway / direct gRPC, same concurrency [" + transport + "] (target >= 0.6)",
          gateway.perSecond() / grpcDirect.perSecond(), 0.6, false);

      double rate = 0.7 * gateway.perSecond();
      Load.Result fixed = Load.fixedRate(rate, MEASURE,
          () -> http.sendAsync(rest, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
            if (response.statusCode() != 200) {
              throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return response;
          }));
      double p50 = fixed.latencies().percentileMicros(50);
      double p99 = fixed.latencies().percentileMicros(99);
      System.out.printf(Locale.ROOT, "   fixed rate %.0f req/s: p50 %.0f us, p99 %.0f us, %d errors%n", rate, p50, p99, fixed.errors());
      figure("2. p99 / p50 through gateway at 70% of max, fixed rate [" + transport + "] (target <= 3)", p99 / p50, 3, true);
    } finally {
      channel.shutdownNow();
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

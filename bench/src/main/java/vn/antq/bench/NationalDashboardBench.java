package vn.antq.bench;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import vn.antq.launcher.RunningPlatform;
import vn.antq.launcher.seed.Bearer;
import vn.antq.registry.v1.GetNationalDashboardRequest;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.NationalDashboard;
import vn.antq.registry.v1.NationalRegistryGrpc;

/**
 * Figure 6: the national dashboard over 34 provinces shaped like Bạc Liêu (50 models, 263 points,
 * 1,522 groups, 21,986 members each), as the Ministry gets it over gRPC — audit entries, the fan-out
 * and its own gRPC read of the registry, the national read-only transaction — against one raw SQL
 * aggregate over the same rows, run by the table owner without row-level security.
 */
final class NationalDashboardBench {

  private static final int PROVINCES = 34;
  private static final int WARMUP = 30;
  private static final int CALLS = 300;
  private static final String AGGREGATE = """
      WITH m AS (SELECT province, count(*) AS models, count(*) FILTER (WHERE status = 'ACTIVE') AS active
                 FROM model GROUP BY province),
           p AS (SELECT province, count(*) AS points FROM replication_point GROUP BY province),
           g AS (SELECT province, count(*) AS groups, sum(member_count) AS members FROM member_group GROUP BY province)
      SELECT m.province, m.models, m.active, p.points, g.groups, g.members
      FROM m LEFT JOIN p USING (province) LEFT JOIN g USING (province)""";

  private NationalDashboardBench() {}

  static void run(RunningPlatform platform) throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:" + platform.postgresPort + "/registry";
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", platform.grpcPorts.get("registry"))
        .usePlaintext().build();
    try (Connection owner = DriverManager.getConnection(url, "registry_owner", "registry-owner-demo")) {
      seed(owner);
      var ministry = NationalRegistryGrpc.newBlockingStub(channel)
          .withCallCredentials(new Bearer(platform.token("ministry-reports")));
      GetNationalDashboardRequest request = GetNationalDashboardRequest.getDefaultInstance();
      NationalDashboard first = ministry.getNationalDashboard(request);
      if (!first.getComplete() || first.getProvincesCount() < PROVINCES) {
        throw new IllegalStateException("the dashboard is incomplete: " + first.getGapsList());
      }
      Latencies dashboard = new Latencies();
      Latencies counts = new Latencies();
      Latencies aggregate = new Latencies();
      for (int i = 0; i < WARMUP + CALLS; i++) {
        long start = System.nanoTime();
        ministry.getNationalDashboard(request);
        long dashboardNanos = System.nanoTime() - start;
        start = System.nanoTime();
        ministry.listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance());
        long countsNanos = System.nanoTime() - start;
        start = System.nanoTime();
        int rows = aggregate(owner);
        long aggregateNanos = System.nanoTime() - start;
        if (rows < PROVINCES) {
          throw new IllegalStateException(rows + " provinces in the aggregate");
        }
        if (i >= WARMUP) {
          dashboard.add(dashboardNanos);
          counts.add(countsNanos);
          aggregate.add(aggregateNanos);
        }
      }
      System.out.printf(Locale.ROOT, "   national dashboard p50 %.1f ms (p99 %.1f ms); the registry source's own RPC"
              + " (ListProvinceCounts) p50 %.1f ms; one SQL aggregate p50 %.1f ms; %d provinces, %,d members in the"
              + " nation (%d calls each)%n",
          dashboard.percentileMicros(50) / 1000, dashboard.percentileMicros(99) / 1000,
          counts.percentileMicros(50) / 1000, aggregate.percentileMicros(50) / 1000, first.getProvincesCount(),
          first.getNation().getMembers(), CALLS);
      Bench.figure("6. national dashboard (34 provinces x ~22,000 members) p50 / one SQL aggregate p50 (target <= 2)",
          dashboard.percentileMicros(50) / aggregate.percentileMicros(50), 2, true);
    } finally {
      channel.shutdownNow();
    }
  }

  /** Bạc Liêu's shape in each bench province: 263 points over 50 models, 1,522 groups, 21,986 members. */
  private static void seed(Connection owner) throws SQLException {
    try (Statement sql = owner.createStatement()) {
      sql.execute("""
          INSERT INTO model (province, id, code, display_name, name_folded, sector, status)
          SELECT 'nat-' || lpad(p::text, 2, '0'), gen_random_uuid(), 'N-' || m, 'Mô hình ' || m,
                 'mo hinh ' || m, 'OTHER', 'ACTIVE'
          FROM generate_series(1, %d) p, generate_series(1, 50) m
          ON CONFLICT DO NOTHING""".formatted(PROVINCES));
      sql.execute("""
          INSERT INTO replication_point (province, id, model_id, display_name, commune, district)
          SELECT m.province, gen_random_uuid(), m.id, 'Điểm ' || i, 'Xã ' || i, 'Huyện ' || (i % 7)
          FROM (SELECT province, id, row_number() OVER (PARTITION BY province ORDER BY code) AS n
                FROM model WHERE province LIKE 'nat-%') m
          JOIN generate_series(1, 263) i ON (i % 50) + 1 = m.n
          WHERE NOT EXISTS (SELECT 1 FROM replication_point r WHERE r.province = m.province)""");
      sql.execute("""
          INSERT INTO member_group (province, id, model_id, point_id, display_name, member_count)
          SELECT r.province, gen_random_uuid(), r.model_id, r.id, 'Tổ ' || i, 14 + (i <= 678)::int
          FROM (SELECT province, id, model_id, row_number() OVER (PARTITION BY province ORDER BY id) AS n
                FROM replication_point WHERE province LIKE 'nat-%') r
          JOIN generate_series(1, 1522) i ON (i % 263) + 1 = r.n
          WHERE NOT EXISTS (SELECT 1 FROM member_group g WHERE g.province = r.province)""");
      sql.execute("ANALYZE");
    }
  }

  private static int aggregate(Connection owner) throws SQLException {
    int rows = 0;
    try (Statement sql = owner.createStatement(); ResultSet result = sql.executeQuery(AGGREGATE)) {
      while (result.next()) {
        rows++;
      }
    }
    return rows;
  }
}

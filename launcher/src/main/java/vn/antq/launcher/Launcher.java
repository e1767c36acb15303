package vn.antq.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import vn.antq.launcher.seed.DemoSeeds;
import vn.antq.launcher.seed.SeedContext;
import vn.antq.launcher.seed.Tokens;

/**
 * README command 1: starts the platform on this machine with demo data, prints where it is, and
 * stops everything on Ctrl-C (a shutdown hook stops every child JVM and the database).
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    Instant started = Instant.now();
    List<String> options = Arrays.asList(args);
    System.out.println("Starting the ANTQ platform (embedded PostgreSQL and Redis, config server, identity, services, gateway)...");
    // Registered before anything starts, so Ctrl-C during start-up also leaves no process behind.
    AtomicReference<Platform> running = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping the ANTQ platform...");
      Platform.stopStarting();
      Optional.ofNullable(running.get()).ifPresent(Platform::close);
      stopped.countDown();
    }));
    Platform platform = Platform.start(Platform.findRoot(), options.contains("--random-ports"));
    running.set(platform);
    if (!options.contains("--no-demo-data")) {
      try (SeedContext context = new SeedContext(platform.identityUrl(), platform::grpcPort)) {
        DemoSeeds.loadAll(context, summary -> System.out.println("Demo data: " + summary));
      }
    }
    System.out.printf("%n  Web console:      %s/   (log in with a demo user below)%n", platform.gatewayUrl());
    System.out.printf("  Gateway (REST):   %s/api/v1/...%n", platform.gatewayUrl());
    System.out.printf("  Gateway (gRPC):   localhost:%d%n", platform.gatewayGrpcPort());
    System.out.printf("  Identity (OIDC):  %s   (JWKS: /oauth2/jwks)%n", platform.identityUrl());
    System.out.printf("  Config server:    %s%n", platform.configUrl());
    System.out.printf("  PostgreSQL:       %s (user postgres, password postgres)%n", platform.postgresUrl());
    System.out.printf("  Redis:            %s (gateway rate limits)%n", platform.redisAddress());
    for (String service : platform.serviceNames()) {
      System.out.printf("  gRPC %-12s localhost:%d%n", service + ":", platform.grpcPort(service));
    }
    System.out.printf("  Logs:             %s%n", Platform.findRoot().relativize(platform.logDirectory()));
    System.out.printf("""

          Demo machine clients (client credentials, secret "%s"):
            bac-lieu-sync (PROVINCE_OFFICER, bac-lieu), ca-mau-sync (PROVINCE_OFFICER, ca-mau),
            bac-lieu-admin-sync (PROVINCE_ADMIN, bac-lieu), ministry-reports (MINISTRY_ANALYST),
            ministry-admin (MINISTRY_ADMIN), platform-ops (PLATFORM_OPS)
          Demo users (password "antq-demo"): canbo.baclieu, quantri.baclieu, canbo.camau, quantri.camau,
            chuyenvien.bo (Ministry analyst), lanhdao.bo (Ministry admin), vanhanh (platform ops)

          Try:
            TOKEN=$(curl -s -u bac-lieu-sync:%s -d grant_type=client_credentials %s/oauth2/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
            curl -s -H "Authorization: Bearer $TOKEN" %s/api/v1/provinces/bac-lieu/counts
            curl -s -H "Authorization: Bearer $TOKEN" "%s/api/v1/provinces/bac-lieu/welfareSummary?startDate.year=2019&startDate.month=1&startDate.day=1"
            curl -s -H "Authorization: Bearer $TOKEN" "%s/api/v1/provinces/bac-lieu/awardSummary?startDate.year=2023&startDate.month=1&startDate.day=1&endDate.year=2023&endDate.month=12&endDate.day=31"

          Started in %d s. Press Ctrl-C to stop.
        """, Tokens.DEMO_SECRET, Tokens.DEMO_SECRET, platform.identityUrl(), platform.gatewayUrl(),
        platform.gatewayUrl(), platform.gatewayUrl(), Duration.between(started, Instant.now()).toSeconds());
    System.out.println("ANTQ ready at " + platform.gatewayUrl());
    stopped.await();
  }
}

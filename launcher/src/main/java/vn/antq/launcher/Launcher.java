package vn.antq.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * README command 1: starts the platform on this machine with demo data, prints where it is, and
 * stops everything on Ctrl-C (a shutdown hook stops every child JVM and the database).
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    Instant started = Instant.now();
    boolean randomPorts = java.util.Arrays.asList(args).contains("--random-ports");
    boolean seed = !java.util.Arrays.asList(args).contains("--no-demo-data");
    System.out.println("Starting the ANTQ platform (embedded PostgreSQL, config server, identity, registry, gateway)...");
    // Registered before anything starts, so Ctrl-C during start-up also leaves no process behind.
    AtomicReference<Platform> running = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping the ANTQ platform...");
      Platform.stopStarting();
      Optional.ofNullable(running.get()).ifPresent(Platform::close);
      stopped.countDown();
    }));
    Platform platform = Platform.start(Platform.findRoot(), randomPorts);
    running.set(platform);
    if (seed) {
      int groups = new DemoSeeder(platform.identityUrl(), platform.registryGrpcPort()).seed();
      System.out.println("Demo data loaded: Bạc Liêu and Cà Mau models, replication points and " + groups + " groups.");
    }
    System.out.printf("""

        Gateway (REST):   %s/api/v1/...
        Identity (OIDC):  %s   (JWKS: /oauth2/jwks)
        Config server:    %s
        Registry (gRPC):  localhost:%d
        Logs:             .antq/logs/

        Demo machine clients (client credentials, secret "%s"):
          bac-lieu-sync (PROVINCE_OFFICER, bac-lieu), ca-mau-sync (PROVINCE_OFFICER, ca-mau),
          bac-lieu-admin-sync (PROVINCE_ADMIN, bac-lieu), ministry-reports (MINISTRY_ANALYST)
        Demo users (password "antq-demo"): canbo.baclieu, quantri.baclieu, canbo.camau, quantri.camau,
          chuyenvien.bo (Ministry analyst), lanhdao.bo (Ministry admin), vanhanh (platform ops)

        Try:
          TOKEN=$(curl -s -u bac-lieu-sync:%s -d grant_type=client_credentials %s/oauth2/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
          curl -s -H "Authorization: Bearer $TOKEN" %s/api/v1/provinces/bac-lieu/counts

        Started in %d s. Press Ctrl-C to stop.
        """, platform.gatewayUrl(), platform.identityUrl(), platform.configUrl(), platform.registryGrpcPort(),
        DemoSeeder.DEMO_SECRET,
        DemoSeeder.DEMO_SECRET, platform.identityUrl(), platform.gatewayUrl(),
        Duration.between(started, Instant.now()).toSeconds());
    System.out.println("ANTQ ready at " + platform.gatewayUrl());
    stopped.await();
  }
}

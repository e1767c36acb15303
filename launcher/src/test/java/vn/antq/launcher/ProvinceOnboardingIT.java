package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.launcher.ops.ProvinceExport;
import vn.antq.launcher.ops.TenantFiles;
import vn.antq.launcher.seed.Tokens;

/**
 * Onboarding and offboarding a province on a running platform, with no restart: the province file
 * written by ops.sh reaches identity and the gateway through the config server's refresh; its data
 * is exported before its identities are disabled. Runs on a copy of config-repo.
 */
@Order(3) // a platform of its own: before the shared one starts (junit-platform.properties)
class ProvinceOnboardingIT {

  @TempDir
  static Path work;
  private static Platform platform;
  private static Path configRepo;

  @BeforeAll
  static void start() throws IOException {
    configRepo = work.resolve("config-repo");
    Path source = Platform.findRoot().resolve("config-repo");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = configRepo.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    platform = Platform.start(Platform.findRoot(), true, configRepo, Map.of("ANTQ_CONFIG_WATCHINTERVAL", "2s"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void aProvinceIsOnboardedUsedExportedAndOffboardedWithoutARestart() throws Exception {
    TenantFiles tenants = new TenantFiles(configRepo);
    TenantFiles.Credentials lamDong = tenants.onboard("lam-dong", "68", "Lâm Đồng", "standard", "quantri.lamdong");

    String token = eventually(() -> tokenOrNull(lamDong));
    // The province's first request warms up a fresh platform; like any client, retry a create that
    // timed out with the same request id: it is created once.
    HttpResponse<String> created = eventually(() -> {
      HttpResponse<String> response = post(token, "/api/v1/provinces/lam-dong/models?requestId=ld-caphe-1",
          "{\"code\":\"LD-CAPHE\",\"displayName\":\"Tổ tự quản về ANTT vùng cà phê\",\"sector\":\"FARMERS\"}");
      return response.statusCode() == 503 || response.statusCode() == 504 ? null : response;
    });
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

    Path export = work.resolve("export");
    Map<String, Long> rows = new ProvinceExport(platform.postgresUrl(), "postgres", "postgres").export("lam-dong", export);
    assertThat(rows).containsEntry("registry.model", 1L);
    assertThat(Files.readString(export.resolve("registry/model.csv"))).contains("LD-CAPHE", "lam-dong")
        .doesNotContain("bac-lieu");

    tenants.setStatus("lam-dong", "offboarded");
    eventually(() -> tokenOrNull(lamDong) == null ? "no new tokens" : null);
    eventually(() -> status(token, "/api/v1/provinces/lam-dong/models") == 403 ? "tokens already issued refused" : null);
  }

  private String tokenOrNull(TenantFiles.Credentials credentials) {
    try {
      return Tokens.clientCredentials(platform.identityUrl(), credentials.clientId(), credentials.clientSecret());
    } catch (IllegalStateException e) {
      return null;
    }
  }

  private static <T> T eventually(Supplier<T> probe) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not within 60 s");
  }

  private int status(String token, String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String token, String path, String body) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

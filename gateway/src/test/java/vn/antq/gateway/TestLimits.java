package vn.antq.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Tiers small enough to reach in a test, and the provinces the limit tests use. Each province
 * appears in one test only: the counters of the shared Redis outlive a test.
 */
final class TestLimits {

  static final int SMALL_BURST = 3;
  static final int LARGE_DAILY_QUOTA = 3;
  static final int MINISTRY_BURST = 2;

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestLimits() {}

  static void register(DynamicPropertyRegistry registry) {
    tier(registry, "small", 1, SMALL_BURST, 0);
    tier(registry, "standard", 100, 200, 0);
    tier(registry, "large", 100, 100, LARGE_DAILY_QUOTA);
    tier(registry, "ministry", 1, MINISTRY_BURST, 0);
    registry.add("antq.gateway.rate-limits.default-tier", () -> "small");
    tenant(registry, "calm", "active", "standard");
    tenant(registry, "flood", "active", "small");
    tenant(registry, "quota", "active", "large");
    tenant(registry, "replicated", "active", "small");
    tenant(registry, "grpc-flood", "active", "small");
    tenant(registry, "suspended", "suspended", "standard");
    tenant(registry, "offboarded", "offboarded", "standard");
    tenant(registry, "merged", "merged", "standard");
  }

  private static void tier(DynamicPropertyRegistry registry, String name, int rate, int burst, int quota) {
    String prefix = "antq.gateway.rate-limits.tiers." + name + ".";
    registry.add(prefix + "replenish-rate", () -> rate);
    registry.add(prefix + "burst-capacity", () -> burst);
    registry.add(prefix + "daily-quota", () -> quota);
  }

  private static void tenant(DynamicPropertyRegistry registry, String slug, String status, String tier) {
    registry.add("antq.tenants." + slug + ".status", () -> status);
    registry.add("antq.tenants." + slug + ".tier", () -> tier);
  }

  /** GET of one of a province's models, over a real socket. */
  static HttpResponse<String> getModel(String baseUrl, String token, String province) {
    return get(baseUrl, token, "/api/v1/provinces/" + province + "/models/m-1");
  }

  /** GET with a bearer token, or none when it is null. */
  static HttpResponse<String> get(String baseUrl, String token, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

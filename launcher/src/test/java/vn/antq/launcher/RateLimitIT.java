package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Fault test on the running platform: An Giang (tier "small") floods the gateway from several threads
 * (loopback only, bounded in count and time) and is answered 429 once its tier's burst is spent,
 * while Cà Mau's requests keep succeeding. Each province has its own counters in Redis.
 */
class RateLimitIT {

  private static final int FLOOD_THREADS = 16;
  private static final int MAX_FLOOD_REQUESTS = 5_000;
  private static final int ENOUGH_REFUSALS = 50;
  private static final Duration MAX_FLOOD_TIME = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aFloodingProvinceGets429WhileAnotherProvinceKeepsSucceeding() throws Exception {
    RunningPlatform platform = RunningPlatform.shared();
    // A cheap call (the counts of a province without demo data), so that even a busy machine sends
    // faster than the small tier allows.
    HttpRequest flood = get(platform.gateway + "/api/v1/provinces/an-giang/counts", platform.token("an-giang-sync"));
    HttpRequest calm = get(platform.gateway + "/api/v1/provinces/ca-mau/counts", platform.token("ca-mau-sync"));
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger allowed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Integer> unexpected = new ArrayList<>();
    AtomicReference<HttpResponse<String>> firstRefusal = new AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean();
    long deadline = System.nanoTime() + MAX_FLOOD_TIME.toNanos();

    ExecutorService flooders = Executors.newFixedThreadPool(FLOOD_THREADS);
    for (int i = 0; i < FLOOD_THREADS; i++) {
      flooders.execute(() -> {
        while (!stop.get() && sent.incrementAndGet() <= MAX_FLOOD_REQUESTS && System.nanoTime() < deadline) {
          HttpResponse<String> response = send(flood);
          if (response.statusCode() == 200) {
            allowed.incrementAndGet();
          } else if (response.statusCode() == 429) {
            firstRefusal.compareAndSet(null, response);
            if (refused.incrementAndGet() >= ENOUGH_REFUSALS) {
              stop.set(true);
            }
          } else {
            synchronized (unexpected) {
              unexpected.add(response.statusCode());
            }
          }
        }
      });
    }
    flooders.shutdown();
    List<Integer> calmStatuses = new ArrayList<>();
    while (!flooders.isTerminated()) {
      calmStatuses.add(send(calm).statusCode());
      flooders.awaitTermination(100, TimeUnit.MILLISECONDS);
    }
    calmStatuses.add(send(calm).statusCode());
    System.out.printf("Flood: %d requests from an-giang, %d allowed, %d refused with 429; ca-mau: %d requests%n",
        Math.min(sent.get(), MAX_FLOOD_REQUESTS), allowed.get(), refused.get(), calmStatuses.size());

    assertThat(refused.get()).as("429 answers to the flooding province").isGreaterThan(0);
    assertThat(allowed.get()).as("the burst is served before the limit").isGreaterThan(0);
    assertThat(unexpected).isEmpty();
    assertThat(calmStatuses).containsOnly(200);
    HttpResponse<String> refusal = firstRefusal.get();
    assertThat(refusal.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refusal.body()).contains("\"status\":429", "https://antq.vn/problems/rate-limited");
    long retryAfter = Long.parseLong(refusal.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isPositive();

    // The limit is a rate, not a ban: after Retry-After the province is served again.
    Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfter + 1));
    assertThat(send(flood).statusCode()).isEqualTo(200);
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30)).build();
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

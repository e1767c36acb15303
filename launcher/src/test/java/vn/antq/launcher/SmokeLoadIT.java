package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CI smoke gate: 2,000 requests across two provinces through the gateway, concurrently. Fails on
 * any error and on any resource of one province in the other's answers.
 */
class SmokeLoadIT {

  private static final int REQUESTS = 2_000;
  private static final int CONCURRENCY = 8;
  private static final Pattern NAME = Pattern.compile("\"name\":\"(provinces/[^/\"]+)");

  @Test
  void twoThousandRequestsAcrossTwoProvincesWithoutAnErrorOrALeak() throws Exception {
    RunningPlatform platform = RunningPlatform.shared();
    Map<String, String> tokens = Map.of("bac-lieu", platform.token("bac-lieu-sync"), "ca-mau", platform.token("ca-mau-sync"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    List<String> leaks = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String province = i % 2 == 0 ? "bac-lieu" : "ca-mau";
      String path = switch (i % 3) {
        case 0 -> "/api/v1/provinces/" + province + "/models?pageSize=20";
        case 1 -> "/api/v1/provinces/" + province + "/counts";
        default -> "/api/v1/provinces/" + province + "/models?text=to&pageSize=5";
      };
      done.add(workers.submit(() -> {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.gateway + path))
            .header("Authorization", "Bearer " + tokens.get(province)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        outcomes.computeIfAbsent(String.valueOf(response.statusCode()), k -> new AtomicInteger()).incrementAndGet();
        Matcher names = NAME.matcher(response.body());
        while (names.find()) {
          if (!names.group(1).equals("provinces/" + province)) {
            leaks.add(province + " saw " + names.group(1));
          }
        }
        return null;
      }));
    }
    for (Future<?> request : done) {
      request.get();
    }
    workers.shutdown();
    System.out.println("Smoke load: " + REQUESTS + " requests, outcomes " + outcomes);
    assertThat(leaks).as("cross-province leaks").isEmpty();
    assertThat(outcomes.keySet()).as("HTTP statuses").containsExactly("200");
    assertThat(outcomes.get("200").get()).isEqualTo(REQUESTS);
  }
}

package vn.antq.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.antq.core.VietnameseText;
import vn.antq.launcher.Platform;
import vn.antq.launcher.seed.DemoRoster;
import vn.antq.launcher.seed.RegistryGroups;
import vn.antq.launcher.seed.RegistrySeed;
import vn.antq.launcher.seed.SeedContext;
import vn.antq.launcher.seed.Tokens;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * The members import benchmark (bench/members-import.sh): starts the platform on free ports with the
 * registry's demo data only (Bạc Liêu: 1,522 groups, no members), imports a generated roster of one
 * province's size through the gateway's REST API, first as a dry run, then for real, and then times
 * name searches over it. Prints the figures as Markdown.
 *
 * <pre>members-import.sh [rows (22000)] [searches (300)]</pre>
 */
public final class MembersImportBenchmark {

  private static final String PROVINCE = "bac-lieu";
  private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");
  private static final Pattern NAME = Pattern.compile("\"name\":\"(provinces/[^\"]+/imports/[^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private MembersImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 22_000;
    int searches = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    try (Platform platform = Platform.start(Platform.findRoot(), true);
         SeedContext context = new SeedContext(platform.identityUrl(), platform::grpcPort)) {
      new RegistrySeed().seed(context);
      List<RegistryGroups.Placed> groups = RegistryGroups.of(ModelRegistryGrpc.newBlockingStub(
          context.channel("registry")).withCallCredentials(context.credentials("bac-lieu-sync")), PROVINCE);
      DemoRoster.Result roster = DemoRoster.generate("095", Map.of("Kinh", 88, "Khmer", 9, "Hoa", 3),
          spread(groups, rows), 2023, 0);
      String token = Tokens.clientCredentials(platform.identityUrl(), "bac-lieu-sync");
      String gateway = platform.gatewayUrl();

      double dryRun = importSeconds(gateway, token, roster.csv(), true);
      double real = importSeconds(gateway, token, roster.csv(), false);
      String counts = send(gateway, token, "GET", "/api/v1/provinces/" + PROVINCE + "/counts", null);
      double again = importSeconds(gateway, token, roster.csv(), false);

      List<String> names = names(roster.csv());
      Random random = new Random(7);
      for (int i = 0; i < 30; i++) {
        search(gateway, token, names.get(random.nextInt(names.size())));
      }
      double[] fullNames = new double[searches];
      double[] partial = new double[searches];
      for (int i = 0; i < searches; i++) {
        String name = names.get(random.nextInt(names.size()));
        fullNames[i] = search(gateway, token, name);
        partial[i] = search(gateway, token, name.substring(0, name.lastIndexOf(' ')));
      }
      System.out.printf("""

          ## Members import (%s)

          | measure | value |
          |---|---|
          | roster | %,d rows (%,d persons, %,d groups), CSV %.1f MB, %.1f MB as base64 JSON |
          | dry run (validation only), POST to SUCCEEDED | %.1f s, %,.0f rows/s |
          | import, POST to SUCCEEDED | %.1f s, %,.0f rows/s |
          | same file again (nothing to write) | %.1f s |
          | name search, full name (p50 / p95 / max of %d) | %.1f / %.1f / %.1f ms |
          | name search, family and middle name (p50 / p95 / max) | %.1f / %.1f / %.1f ms |

          Counts after the import: %s
          """, java.time.LocalDate.now(), rows, roster.persons(), groups.size(), roster.csv().length / 1048576.0,
          roster.csv().length * 4 / 3 / 1048576.0, dryRun, rows / dryRun, real, rows / real, again, searches,
          percentile(fullNames, 50), percentile(fullNames, 95), percentile(fullNames, 100), percentile(partial, 50),
          percentile(partial, 95), percentile(partial, 100), counts);
    }
  }

  /** {@code rows} members over the groups, as evenly as whole numbers allow. */
  private static List<DemoRoster.Slot> spread(List<RegistryGroups.Placed> groups, int rows) {
    List<DemoRoster.Slot> slots = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      RegistryGroups.Placed group = groups.get(i);
      slots.add(new DemoRoster.Slot(group.modelCode(), group.sector(), group.commune(), group.district(),
          group.groupId(), rows / groups.size() + (i < rows % groups.size() ? 1 : 0)));
    }
    return slots;
  }

  /** From the POST until the import has SUCCEEDED, polling its status as a client would. */
  private static double importSeconds(String gateway, String token, byte[] csv, boolean dryRun) throws Exception {
    long started = System.nanoTime();
    String body = "{\"fileName\":\"bench.csv\",\"dryRun\":" + dryRun + ",\"content\":\""
        + Base64.getEncoder().encodeToString(csv) + "\"}";
    String created = send(gateway, token, "POST", "/api/v1/provinces/" + PROVINCE + "/imports", body);
    Matcher name = NAME.matcher(created);
    if (!name.find()) {
      throw new IllegalStateException("no import started: " + created);
    }
    while (true) {
      String status = send(gateway, token, "GET", "/api/v1/" + name.group(1), null);
      Matcher state = STATE.matcher(status);
      if (state.find() && state.group(1).equals("SUCCEEDED")) {
        return (System.nanoTime() - started) / 1e9;
      }
      if (state.group(1).equals("FAILED")) {
        throw new IllegalStateException("the import failed: " + status.substring(0, Math.min(2000, status.length())));
      }
      Thread.sleep(50);
    }
  }

  /** Milliseconds of one search, typed as people type: lower case, no diacritics. */
  private static double search(String gateway, String token, String name) throws Exception {
    String text = java.net.URLEncoder.encode(VietnameseText.fold(name), StandardCharsets.UTF_8);
    long started = System.nanoTime();
    String page = send(gateway, token, "GET", "/api/v1/provinces/" + PROVINCE + "/persons?pageSize=20&text=" + text, null);
    double millis = (System.nanoTime() - started) / 1e6;
    if (!page.contains("\"totalSize\"")) {
      throw new IllegalStateException("search failed: " + page);
    }
    return millis;
  }

  private static List<String> names(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8).lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))
        .toList();
  }

  private static double percentile(double[] values, int percent) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
  }

  private static String send(String gateway, String token, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}

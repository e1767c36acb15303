package vn.antq.launcher.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Every service's demo seed and what it reads from earlier ones. Seeds that do not depend on each
 * other run at the same time: each one spends most of its time waiting for its service, so loading
 * them one after the other only added their waits up (25 s of the platform's start with demo data).
 */
public final class DemoSeeds {

  private DemoSeeds() {}

  /** A seed and the seeds whose data it reads (it starts when they are done). */
  record Step(DemoSeed seed, List<Step> after) {}

  static List<Step> plan() {
    Step registry = new Step(new RegistrySeed(), List.of());
    Step members = new Step(new MembersSeed(), List.of(registry));
    Step campaigns = new Step(new CampaignsSeed(), List.of(registry));
    Step welfare = new Step(new WelfareSeed(), List.of(registry));
    Step awards = new Step(new AwardsSeed(), List.of(registry, members));
    // Recognising templates and adopting them reads what every other seed wrote (nomination evidence).
    Step national = new Step(new NationalSeed(), List.of(members, campaigns, welfare, awards));
    return List.of(registry, members, campaigns, welfare, awards, national);
  }

  /**
   * Loads every seed, each as soon as the seeds it reads are done, and reports each one's summary
   * and duration as it finishes. Fails with the first seed's failure.
   */
  public static void loadAll(SeedContext context, Consumer<String> report) {
    ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "demo-seed");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Map<Step, CompletableFuture<Void>> done = new LinkedHashMap<>();
      for (Step step : plan()) {
        CompletableFuture<?>[] before = step.after().stream().map(done::get).toArray(CompletableFuture[]::new);
        done.put(step, CompletableFuture.allOf(before).thenRunAsync(() -> {
          Instant start = Instant.now();
          String summary = step.seed().seed(context);
          report.accept(String.format("%s (%.1f s)", summary, Duration.between(start, Instant.now()).toMillis() / 1000.0));
        }, workers));
      }
      CompletableFuture.allOf(done.values().toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    } finally {
      workers.shutdownNow();
    }
  }
}

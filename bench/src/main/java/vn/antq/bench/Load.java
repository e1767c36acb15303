package vn.antq.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Two load shapes: closed loop (N callers back to back, for throughput) and fixed rate (for latency). */
final class Load {

  private Load() {}

  /** A call that fails throws; failures are counted, never timed. */
  interface Call {
    void run() throws Exception;
  }

  record Result(double perSecond, Latencies latencies, int errors) {}

  static Result closedLoop(int concurrency, Duration duration, Call call) throws InterruptedException {
    Latencies latencies = new Latencies();
    AtomicInteger errors = new AtomicInteger();
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      Thread thread = new Thread(() -> {
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          try {
            call.run();
            latencies.add(System.nanoTime() - start);
          } catch (Exception e) {
            errors.incrementAndGet();
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new Result(latencies.count() / (duration.toNanos() / 1e9), latencies, errors.get());
  }

  /**
   * Sends at a fixed rate whatever the answers do, timing each request from when it was due: a slow
   * answer cannot hide the requests queued behind it (no coordinated omission).
   */
  static Result fixedRate(double perSecond, Duration duration, Supplier<CompletableFuture<?>> call)
      throws InterruptedException {
    Latencies latencies = new Latencies();
    AtomicInteger errors = new AtomicInteger();
    long interval = (long) (1e9 / perSecond);
    long total = (long) (perSecond * duration.toNanos() / 1e9);
    long begin = System.nanoTime();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    List<CompletableFuture<?>> pending = java.util.Collections.synchronizedList(new ArrayList<>());
    for (long i = 0; i < total; i++) {
      long due = begin + i * interval;
      ticker.schedule(() -> pending.add(call.get().whenComplete((ok, error) -> {
        if (error != null) {
          errors.incrementAndGet();
        } else {
          latencies.add(System.nanoTime() - due);
        }
      })), due - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
    ticker.shutdown();
    ticker.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
    synchronized (pending) {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    }
    return new Result(perSecond, latencies, errors.get());
  }
}

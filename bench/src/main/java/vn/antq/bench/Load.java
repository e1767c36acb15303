package vn.antq.bench;

import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Two load shapes: closed loop (N callers back to back, for throughput) and fixed rate (for latency). */
final class Load {

  private Load() {}

  /** A call that fails throws; failures are counted by what went wrong, never timed. */
  interface Call {
    void run() throws Exception;
  }

  /** A non-2xx answer, counted under its status. */
  static final class Refused extends RuntimeException {
    Refused(String outcome) {
      super(outcome, null, false, false);
    }
  }

  /** Failures by outcome ("HTTP 429", "UNAVAILABLE", an exception's class). */
  static final class Errors {
    private final Map<String, LongAdder> byOutcome = new ConcurrentHashMap<>();

    void count(Throwable error) {
      Throwable cause = error instanceof CompletionException && error.getCause() != null
          ? error.getCause() : error;
      String outcome = cause instanceof Refused ? cause.getMessage()
          : cause instanceof StatusRuntimeException status ? "gRPC " + status.getStatus().getCode()
          : cause.getClass().getSimpleName();
      byOutcome.computeIfAbsent(outcome, key -> new LongAdder()).increment();
    }

    long total() {
      return byOutcome.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public String toString() {
      if (byOutcome.isEmpty()) {
        return "0 errors";
      }
      Map<String, Long> sorted = new TreeMap<>();
      byOutcome.forEach((outcome, count) -> sorted.put(outcome, count.sum()));
      return total() + " errors " + sorted;
    }
  }

  /**
   * @param cpuNanos CPU time by part of the system while this load ran (empty when not measured)
   */
  record Result(double perSecond, Latencies latencies, Errors errors, Map<String, Long> cpuNanos) {

    Result(double perSecond, Latencies latencies, Errors errors) {
      this(perSecond, latencies, errors, Map.of());
    }

    /** Microseconds of CPU per successful request, by part, and in total. */
    Map<String, Double> cpuMicrosPerRequest() {
      Map<String, Double> micros = new TreeMap<>();
      cpuNanos.forEach((part, nanos) -> micros.put(part, nanos / 1e3 / latencies.count()));
      micros.put("total", micros.values().stream().mapToDouble(Double::doubleValue).sum());
      return micros;
    }
  }

  /**
   * The same closed loop over two calls, in alternating rounds of {@code round} each, so that a
   * change in the machine's load (other builds) falls on both sides alike. {@code cpu} reads the CPU
   * time used so far by each part of the system; each side gets the differences over its rounds.
   */
  static Result[] alternating(int concurrency, int rounds, Duration round, Call first, Call second,
      Supplier<Map<String, Long>> cpu) throws InterruptedException {
    Call[] calls = {first, second};
    Latencies[] latencies = {new Latencies(), new Latencies()};
    Errors[] errors = {new Errors(), new Errors()};
    List<Map<String, Long>> cpuNanos = List.of(new TreeMap<>(), new TreeMap<>());
    for (int i = 0; i < rounds; i++) {
      for (int side = 0; side < 2; side++) {
        Map<String, Long> before = cpu.get();
        closedLoop(concurrency, round, calls[side], latencies[side], errors[side]);
        Map<String, Long> used = cpuNanos.get(side);
        cpu.get().forEach((part, nanos) -> used.merge(part, nanos - before.getOrDefault(part, 0L), Long::sum));
      }
    }
    double seconds = rounds * round.toNanos() / 1e9;
    return new Result[] {
        new Result(latencies[0].count() / seconds, latencies[0], errors[0], cpuNanos.get(0)),
        new Result(latencies[1].count() / seconds, latencies[1], errors[1], cpuNanos.get(1))};
  }

  private static void closedLoop(int concurrency, Duration duration, Call call, Latencies latencies, Errors errors)
      throws InterruptedException {
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
            errors.count(e);
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  /**
   * Sends at a fixed rate whatever the answers do, timing each request from when it was due: a slow
   * answer cannot hide the requests queued behind it (no coordinated omission).
   */
  static Result fixedRate(double perSecond, Duration duration, Supplier<CompletableFuture<?>> call)
      throws InterruptedException {
    Latencies latencies = new Latencies();
    Errors errors = new Errors();
    long interval = (long) (1e9 / perSecond);
    long total = (long) (perSecond * duration.toNanos() / 1e9);
    long begin = System.nanoTime();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
    for (long i = 0; i < total; i++) {
      long due = begin + i * interval;
      ticker.schedule(() -> pending.add(call.get().whenComplete((ok, error) -> {
        if (error != null) {
          errors.count(error);
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
    return new Result(perSecond, latencies, errors);
  }
}

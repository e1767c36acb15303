package vn.antq.bench;

import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
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

  /**
   * One side of a comparison: drives its load for a round, records what it can time, counts its
   * failures, and returns how many requests succeeded.
   */
  interface Side {
    long run(Duration round, Latencies latencies, Errors errors) throws Exception;
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

    void count(String outcome, long times) {
      if (times > 0) {
        byOutcome.computeIfAbsent(outcome, key -> new LongAdder()).add(times);
      }
    }

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
   * @param succeeded requests answered with success
   * @param latencies the successful requests' times, when the side can time them one by one
   * @param cpuNanos CPU time by part of the system while this load ran (empty when not measured)
   */
  record Result(double perSecond, long succeeded, Latencies latencies, Errors errors, Map<String, Long> cpuNanos) {

    /** Microseconds of CPU per successful request, by part, and in total. */
    Map<String, Double> cpuMicrosPerRequest() {
      Map<String, Double> micros = new TreeMap<>();
      cpuNanos.forEach((part, nanos) -> micros.put(part, nanos / 1e3 / succeeded));
      micros.put("total", micros.values().stream().mapToDouble(Double::doubleValue).sum());
      return micros;
    }
  }

  /**
   * Two sides in alternating rounds of {@code round} each, so that a change in the machine's load
   * (other builds) falls on both alike. {@code cpu} reads the CPU time used so far by each part of
   * the system; each side gets the differences over its rounds.
   */
  static Result[] alternating(int rounds, Duration round, Side first, Side second, Supplier<Map<String, Long>> cpu)
      throws Exception {
    Side[] sides = {first, second};
    Latencies[] latencies = {new Latencies(), new Latencies()};
    Errors[] errors = {new Errors(), new Errors()};
    long[] succeeded = new long[2];
    List<Map<String, Long>> cpuNanos = List.of(new TreeMap<>(), new TreeMap<>());
    for (int i = 0; i < rounds; i++) {
      for (int side = 0; side < 2; side++) {
        Map<String, Long> before = cpu.get();
        succeeded[side] += sides[side].run(round, latencies[side], errors[side]);
        Map<String, Long> used = cpuNanos.get(side);
        cpu.get().forEach((part, nanos) -> used.merge(part, nanos - before.getOrDefault(part, 0L), Long::sum));
      }
    }
    double seconds = rounds * round.toNanos() / 1e9;
    return new Result[] {
        new Result(succeeded[0] / seconds, succeeded[0], latencies[0], errors[0], cpuNanos.get(0)),
        new Result(succeeded[1] / seconds, succeeded[1], latencies[1], errors[1], cpuNanos.get(1))};
  }

  /** {@code concurrency} callers, each calling back to back for the round. */
  static Side closedLoop(int concurrency, Call call) {
    return (round, latencies, errors) -> {
      long end = System.nanoTime() + round.toNanos();
      LongAdder succeeded = new LongAdder();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        Thread thread = new Thread(() -> {
          while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
              call.run();
              latencies.add(System.nanoTime() - start);
              succeeded.increment();
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
      return succeeded.sum();
    };
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
    // Only a count of the answers still awaited: keeping every future would grow the heap, and the
    // load generator's own GC pauses would show up as the gateway's latency.
    Phaser answered = new Phaser(1);
    for (long i = 0; i < total; i++) {
      long due = begin + i * interval;
      ticker.schedule(() -> {
        answered.register();
        call.get().whenComplete((ok, error) -> {
          if (error != null) {
            errors.count(error);
          } else {
            latencies.add(System.nanoTime() - due);
          }
          answered.arriveAndDeregister();
        });
      }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
    ticker.shutdown();
    ticker.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
    answered.arriveAndAwaitAdvance();
    return new Result(perSecond, latencies.count(), latencies, errors, Map.of());
  }
}

package vn.antq.registry.domain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.antq.core.Tenant;

/**
 * Runs independent reads in parallel, each as the current caller, and waits for them within one
 * time budget. A task that fails or is still running when the budget is spent becomes a
 * {@link Failed} outcome (the running one is cancelled); the others' answers are kept.
 */
public final class FanOut {

  public sealed interface Outcome<T> {}

  public record Answered<T>(T value) implements Outcome<T> {}

  public record Failed<T>(String reason) implements Outcome<T> {}

  private final ExecutorService executor;
  private final Duration budget;

  public FanOut(ExecutorService executor, Duration budget) {
    this.executor = executor;
    this.budget = budget;
  }

  public <K, T> Map<K, Outcome<T>> run(Map<K, Callable<T>> tasks) {
    Map<K, Future<T>> running = new LinkedHashMap<>();
    tasks.forEach((key, task) -> running.put(key, executor.submit(Tenant.carried(task))));
    long deadline = System.nanoTime() + budget.toNanos();
    Map<K, Outcome<T>> outcomes = new LinkedHashMap<>();
    running.forEach((key, future) -> outcomes.put(key, await(future, deadline)));
    return outcomes;
  }

  private <T> Outcome<T> await(Future<T> future, long deadline) {
    try {
      return new Answered<>(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return new Failed<>(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
    } catch (TimeoutException e) {
      // Interrupting the task cancels its outgoing gRPC call.
      future.cancel(true);
      return new Failed<>("no answer within " + budget.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return new Failed<>("interrupted");
    }
  }
}

package vn.antq.members.grpc;

import io.grpc.Context;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import vn.antq.members.roster.Background;

/**
 * Background jobs that keep the caller of the call that started them (the verified caller and its
 * province live in the gRPC {@link Context}). The context is forked: it keeps the values but not
 * the cancellation, which comes as soon as the starting call has answered.
 */
public class CallContextBackground implements Background, DisposableBean {

  private final Semaphore slots;
  private final ExecutorService executor;

  public CallContextBackground(int concurrent, String threadPrefix) {
    this.slots = new Semaphore(concurrent);
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(work -> {
      Thread thread = new Thread(work, threadPrefix + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public Optional<Slot> reserve() {
    if (!slots.tryAcquire()) {
      return Optional.empty();
    }
    return Optional.of(new Slot() {
      @Override
      public void start(Runnable work) {
        executor.execute(Context.current().fork().wrap(() -> {
          try {
            work.run();
          } finally {
            slots.release();
          }
        }));
      }

      @Override
      public void release() {
        slots.release();
      }
    });
  }

  /** Running jobs get a moment to finish; one cut short rolls its transaction back (and is reported stale). */
  @Override
  public void destroy() throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }
}

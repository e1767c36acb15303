package vn.antq.grpc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;

/** The guards against a real gRPC server over a loopback socket that fails or stalls on demand. */
class RemoteCallsTest {

  private final AtomicInteger calls = new AtomicInteger();
  private volatile Status failWith;
  private volatile long stallMillis;
  private Server server;
  private ManagedChannel channel;
  private RemoteCalls remote;

  @BeforeEach
  void start() throws Exception {
    server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
        .addService(new ModelRegistryGrpc.ModelRegistryImplBase() {
          @Override
          public void getModel(GetModelRequest request, StreamObserver<Model> response) {
            calls.incrementAndGet();
            if (stallMillis > 0) {
              try {
                Thread.sleep(stallMillis);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            if (failWith != null) {
              response.onError(failWith.asRuntimeException());
              return;
            }
            response.onNext(Model.newBuilder().setName(request.getName()).build());
            response.onCompleted();
          }
        }).build().start();
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
    // Connect before the guarded calls: on a busy machine, setting up the connection could take the
    // first attempt's whole deadline, and the server would then count one attempt too few.
    ModelRegistryGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS)
        .getModel(GetModelRequest.newBuilder().setName("provinces/bac-lieu/models/warm-up").build());
    calls.set(0);
    RemoteProperties.Guard guard = new RemoteProperties.Guard(Duration.ofMillis(300), 3, Duration.ofMillis(10),
        50, 4, 4, Duration.ofMillis(500), 10);
    remote = new RemoteCalls(new RemoteProperties(guard, Map.of()), CircuitBreakerRegistry.ofDefaults(),
        RetryRegistry.ofDefaults(), BulkheadRegistry.ofDefaults());
    // Connect first, without a deadline: on a loaded machine the first call's connection setup alone can
    // outlast the 300 ms deadline, and an attempt that never reaches the server would not be counted.
    ModelRegistryGrpc.newBlockingStub(channel).getModel(GetModelRequest.newBuilder().setName("warm-up").build());
    calls.set(0);
  }

  @AfterEach
  void stop() {
    channel.shutdownNow();
    server.shutdownNow();
  }

  @Test
  void safeCallsAreRetriedOnUnavailableAndOthersAreSentOnce() {
    failWith = Status.UNAVAILABLE;
    assertThrows(StatusRuntimeException.class, () -> get(CallSafety.IDEMPOTENT));
    assertThat(calls.get()).isEqualTo(3);
    calls.set(0);
    assertThrows(StatusRuntimeException.class, () -> get(CallSafety.ONCE));
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void answersAboutTheRequestAreNeitherRetriedNorCountedAgainstTheTarget() {
    failWith = Status.NOT_FOUND;
    for (int i = 0; i < 6; i++) {
      StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> get(CallSafety.IDEMPOTENT));
      assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }
    assertThat(calls.get()).isEqualTo(6);
    assertThat(remote.breakerState("registry")).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aStalledTargetHitsTheDeadline() {
    stallMillis = 1000;
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> get(CallSafety.ONCE));
    assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
  }

  @Test
  void theBreakerOpensFailsFastAndRecoversWhenTheTargetDoes() throws InterruptedException {
    failWith = Status.UNAVAILABLE;
    for (int i = 0; i < 4; i++) {
      assertThrows(StatusRuntimeException.class, () -> get(CallSafety.ONCE));
    }
    assertThat(remote.breakerState("registry")).isEqualTo(CircuitBreaker.State.OPEN);
    int before = calls.get();
    StatusRuntimeException fast = assertThrows(StatusRuntimeException.class, () -> get(CallSafety.ONCE));
    assertThat(fast.getStatus().getDescription()).contains("circuit open");
    assertThat(calls.get()).isEqualTo(before);

    failWith = null;
    Thread.sleep(700);
    for (int i = 0; i < 10; i++) {
      assertThat(get(CallSafety.ONCE).getName()).isEqualTo("provinces/bac-lieu/models/x");
    }
    assertThat(remote.breakerState("registry")).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  private Model get(CallSafety safety) {
    return remote.call("registry", safety, ModelRegistryGrpc.newBlockingStub(channel),
        stub -> stub.getModel(GetModelRequest.newBuilder().setName("provinces/bac-lieu/models/x").build()));
  }
}

package vn.antq.gateway.grpc;

import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import vn.antq.gateway.GatewayProperties;

/**
 * Unary gRPC calls to the backend serving a method's package, through that backend's circuit
 * breaker: with messages known only by descriptor (REST transcoding), or as raw bytes (native gRPC
 * pass-through). The call is asynchronous end to end: no thread waits for the backend.
 */
@Component
public class GrpcInvoker {

  /** A backend's successful answer and the trailers it closed the call with. */
  public record Reply<T>(T message, Metadata trailers) {}

  private final GrpcBackends backends;
  private final ReactiveCircuitBreakerFactory<?, ?> breakers;
  private final Duration deadline;
  private final Map<Descriptors.MethodDescriptor, MethodDescriptor<DynamicMessage, DynamicMessage>> dynamicMethods =
      new ConcurrentHashMap<>();
  private final Map<Descriptors.MethodDescriptor, MethodDescriptor<byte[], byte[]>> rawMethods =
      new ConcurrentHashMap<>();
  /** The factory builds a breaker's configuration on every create: once per backend is enough. */
  private final Map<String, ReactiveCircuitBreaker> backendBreakers = new ConcurrentHashMap<>();

  public GrpcInvoker(GrpcBackends backends, ReactiveCircuitBreakerFactory<?, ?> breakers, GatewayProperties properties) {
    this.backends = backends;
    this.breakers = breakers;
    this.deadline = properties.deadline();
  }

  /**
   * Fails with a gRPC status exception, or with the breaker's own exceptions when it refuses or times
   * out. {@code replies}: where the reply is handled (non-blocking code only); null for grpc-java's
   * default executor.
   */
  public Mono<DynamicMessage> call(Descriptors.MethodDescriptor method, DynamicMessage request, Metadata headers,
      Executor replies) {
    MethodDescriptor<DynamicMessage, DynamicMessage> grpcMethod = dynamicMethods.computeIfAbsent(method, m ->
        descriptor(m, ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(m.getInputType())),
            ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(m.getOutputType()))));
    CallOptions options = CallOptions.DEFAULT.withDeadline(Deadline.after(deadline.toNanos(), TimeUnit.NANOSECONDS));
    CallOptions withExecutor = replies == null ? options : options.withExecutor(replies);
    return guarded(method, backend -> unary(backend, grpcMethod, request, headers, withExecutor)).map(Reply::message);
  }

  /**
   * Forwards serialized request bytes unchanged. The call ends at the caller's deadline or the
   * gateway's, whichever comes first; failures carry the backend's trailers.
   */
  public Mono<Reply<byte[]>> forward(Descriptors.MethodDescriptor method, byte[] request, Metadata headers,
      Deadline callerDeadline) {
    MethodDescriptor<byte[], byte[]> grpcMethod = rawMethods.computeIfAbsent(method, m -> descriptor(m, RawMarshaller.INSTANCE, RawMarshaller.INSTANCE));
    Deadline gatewayDeadline = Deadline.after(deadline.toNanos(), TimeUnit.NANOSECONDS);
    Deadline effective = callerDeadline == null ? gatewayDeadline : callerDeadline.minimum(gatewayDeadline);
    return guarded(method, backend -> unary(backend, grpcMethod, request, headers,
        CallOptions.DEFAULT.withDeadline(effective)));
  }

  private <T> Mono<T> guarded(Descriptors.MethodDescriptor method, Function<GrpcBackends.Backend, Mono<T>> call) {
    String protoPackage = method.getService().getFile().getPackage();
    return backends.forPackage(protoPackage)
        .map(backend -> backendBreakers.computeIfAbsent(backend.name(), breakers::create)
            // Without a fallback the breaker wraps every error; rethrowing keeps the gRPC status.
            .run(call.apply(backend), Mono::error))
        .orElseGet(() -> Mono.error(Status.UNIMPLEMENTED
            .withDescription("no backend is configured for " + protoPackage)
            .asRuntimeException()));
  }

  private static <Q, R> Mono<Reply<R>> unary(GrpcBackends.Backend backend, MethodDescriptor<Q, R> method, Q request,
      Metadata headers, CallOptions options) {
    return Mono.create(sink -> {
      ClientCall<Q, R> call = backend.channel().newCall(method, options);
      // Breaker timeouts and clients that hang up cancel the Mono; the backend must learn it too,
      // and the CANCELLED status that follows has nobody left to report to.
      AtomicBoolean cancelled = new AtomicBoolean();
      sink.onCancel(() -> {
        cancelled.set(true);
        call.cancel("cancelled by the gateway", null);
      });
      call.start(new ReplyListener<>(sink, cancelled), headers);
      call.request(2);
      call.sendMessage(request);
      call.halfClose();
    });
  }

  private static <Q, R> MethodDescriptor<Q, R> descriptor(Descriptors.MethodDescriptor method,
      MethodDescriptor.Marshaller<Q> requests, MethodDescriptor.Marshaller<R> responses) {
    return MethodDescriptor.<Q, R>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(MethodDescriptor.generateFullMethodName(method.getService().getFullName(), method.getName()))
        .setRequestMarshaller(requests)
        .setResponseMarshaller(responses)
        .build();
  }

  /** Completes the sink with the single response, or fails it with the status and trailers. */
  private static final class ReplyListener<R> extends ClientCall.Listener<R> {

    private final MonoSink<Reply<R>> sink;
    private final AtomicBoolean cancelled;
    private R response;

    ReplyListener(MonoSink<Reply<R>> sink, AtomicBoolean cancelled) {
      this.sink = sink;
      this.cancelled = cancelled;
    }

    @Override
    public void onMessage(R message) {
      response = message;
    }

    @Override
    public void onClose(Status status, Metadata trailers) {
      if (cancelled.get()) {
        return;
      }
      if (status.isOk() && response != null) {
        sink.success(new Reply<>(response, trailers));
      } else if (status.isOk()) {
        sink.error(Status.INTERNAL.withDescription("the backend sent no response").asRuntimeException());
      } else {
        sink.error(status.asRuntimeException(trailers));
      }
    }
  }
}

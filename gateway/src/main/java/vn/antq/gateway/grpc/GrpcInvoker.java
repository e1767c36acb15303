package vn.antq.gateway.grpc;

import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.antq.gateway.GatewayProperties;

/**
 * Unary gRPC calls with messages known only by descriptor, through the backend's circuit breaker.
 * The call is asynchronous end to end: no thread waits for the backend.
 */
@Component
public class GrpcInvoker {

  private final GrpcBackends backends;
  private final ReactiveCircuitBreakerFactory<?, ?> breakers;
  private final Duration deadline;
  private final Map<Descriptors.MethodDescriptor, MethodDescriptor<DynamicMessage, DynamicMessage>> methods =
      new ConcurrentHashMap<>();

  public GrpcInvoker(GrpcBackends backends, ReactiveCircuitBreakerFactory<?, ?> breakers, GatewayProperties properties) {
    this.backends = backends;
    this.breakers = breakers;
    this.deadline = properties.deadline();
  }

  /** Fails with a gRPC status exception, or with the breaker's own exceptions when it refuses or times out. */
  public Mono<DynamicMessage> call(Descriptors.MethodDescriptor method, DynamicMessage request, Metadata headers) {
    String protoPackage = method.getService().getFile().getPackage();
    return backends.forPackage(protoPackage)
        .map(backend -> breakers.create(backend.name())
            // Without a fallback the breaker wraps every error; rethrowing keeps the gRPC status.
            .run(unary(backend, method, request, headers), Mono::error))
        .orElseGet(() -> Mono.error(Status.UNIMPLEMENTED
            .withDescription("no backend is configured for " + protoPackage)
            .asRuntimeException()));
  }

  private Mono<DynamicMessage> unary(GrpcBackends.Backend backend, Descriptors.MethodDescriptor method,
      DynamicMessage request, Metadata headers) {
    return Mono.create(sink -> {
      ClientCall<DynamicMessage, DynamicMessage> call = ClientInterceptors
          .intercept(backend.channel(), MetadataUtils.newAttachHeadersInterceptor(headers))
          .newCall(grpcMethod(method), CallOptions.DEFAULT.withDeadlineAfter(deadline));
      // Breaker timeouts and clients that hang up cancel the Mono; the backend must learn it too,
      // and the CANCELLED status that follows has nobody left to report to.
      AtomicBoolean cancelled = new AtomicBoolean();
      sink.onCancel(() -> {
        cancelled.set(true);
        call.cancel("cancelled by the gateway", null);
      });
      ClientCalls.asyncUnaryCall(call, request, new StreamObserver<>() {
        private DynamicMessage response;

        @Override
        public void onNext(DynamicMessage value) {
          response = value;
        }

        @Override
        public void onError(Throwable error) {
          if (!cancelled.get()) {
            sink.error(error);
          }
        }

        @Override
        public void onCompleted() {
          sink.success(response);
        }
      });
    });
  }

  private MethodDescriptor<DynamicMessage, DynamicMessage> grpcMethod(Descriptors.MethodDescriptor method) {
    return methods.computeIfAbsent(method, m -> MethodDescriptor.<DynamicMessage, DynamicMessage>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(MethodDescriptor.generateFullMethodName(m.getService().getFullName(), m.getName()))
        .setRequestMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(m.getInputType())))
        .setResponseMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(m.getOutputType())))
        .build());
  }
}

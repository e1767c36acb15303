package vn.antq.gateway.passthrough;

import com.google.protobuf.Descriptors;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import vn.antq.gateway.grpc.GrpcInvoker;

/**
 * One unary method of the pass-through: admits the call with {@link PassThroughGuard}, forwards the
 * request bytes with the caller's token and trace context (and nothing else) to the backend, and
 * answers with the backend's response, status and trailers.
 */
final class PassThroughHandler implements ServerCallHandler<byte[], byte[]> {

  private static final Logger log = LoggerFactory.getLogger(PassThroughHandler.class);
  /** Inbound metadata forwarded to the backend; nothing else crosses, least of all tenant hints. */
  private static final List<Metadata.Key<String>> FORWARDED = List.of(
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
      Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER),
      Metadata.Key.of("tracestate", Metadata.ASCII_STRING_MARSHALLER));

  private final Descriptors.MethodDescriptor method;
  private final PassThroughGuard guard;
  private final GrpcInvoker invoker;

  PassThroughHandler(Descriptors.MethodDescriptor method, PassThroughGuard guard, GrpcInvoker invoker) {
    this.method = method;
    this.guard = guard;
    this.invoker = invoker;
  }

  @Override
  public ServerCall.Listener<byte[]> startCall(ServerCall<byte[], byte[]> call, Metadata headers) {
    // Two, so that a second message from a misbehaving client is seen and refused.
    call.request(2);
    return new UnaryListener(call, headers, Context.current().getDeadline());
  }

  private final class UnaryListener extends ServerCall.Listener<byte[]> {

    private final ServerCall<byte[], byte[]> call;
    private final Metadata headers;
    private final Deadline deadline;
    private byte[] request;
    private boolean closed;
    private Disposable forwarding;

    UnaryListener(ServerCall<byte[], byte[]> call, Metadata headers, Deadline deadline) {
      this.call = call;
      this.headers = headers;
      this.deadline = deadline;
    }

    @Override
    public void onMessage(byte[] message) {
      if (request != null) {
        closed = true;
        call.close(Status.INVALID_ARGUMENT.withDescription("A unary method takes one request message."), new Metadata());
        return;
      }
      request = message;
    }

    @Override
    public void onHalfClose() {
      if (closed) {
        return;
      }
      if (request == null) {
        call.close(Status.INVALID_ARGUMENT.withDescription("No request message was sent."), new Metadata());
        return;
      }
      forwarding = guard.admit(headers, method, request)
          .then(Mono.defer(() -> invoker.forward(method, request, forwarded(headers), deadline)))
          .subscribe(this::reply, this::fail);
    }

    @Override
    public void onCancel() {
      // Cancels the backend call too (GrpcInvoker passes the cancellation on).
      if (forwarding != null) {
        forwarding.dispose();
      }
    }

    private void reply(GrpcInvoker.Reply<byte[]> reply) {
      if (call.isCancelled()) {
        return;
      }
      call.sendHeaders(new Metadata());
      call.sendMessage(reply.message());
      call.close(Status.OK, reply.trailers());
    }

    private void fail(Throwable error) {
      if (call.isCancelled()) {
        return;
      }
      if (error instanceof StatusRuntimeException || error instanceof StatusException) {
        Metadata trailers = Status.trailersFromThrowable(error);
        call.close(Status.fromThrowable(error), trailers == null ? new Metadata() : trailers);
      } else if (error instanceof CallNotPermittedException) {
        call.close(Status.UNAVAILABLE.withDescription("The service is unavailable; try again later."), new Metadata());
      } else if (error instanceof TimeoutException) {
        call.close(Status.DEADLINE_EXCEEDED.withDescription("The service did not answer in time."), new Metadata());
      } else {
        log.error("Pass-through call of {} failed", method.getFullName(), error);
        call.close(Status.INTERNAL.withDescription("The gateway failed to handle the call."), new Metadata());
      }
    }
  }

  private static Metadata forwarded(Metadata headers) {
    Metadata metadata = new Metadata();
    for (Metadata.Key<String> key : FORWARDED) {
      String value = headers.get(key);
      if (value != null) {
        metadata.put(key, value);
      }
    }
    return metadata;
  }
}

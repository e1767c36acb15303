package vn.antq.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import vn.antq.core.Tenant;

/**
 * Outgoing calls carry the caller's own token, so the callee verifies the same identity and
 * province again instead of trusting the calling service.
 */
public class CallerForwardingInterceptor implements ClientInterceptor {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        Tenant.currentCaller().ifPresent(caller -> {
          headers.discardAll(AUTHORIZATION);
          headers.put(AUTHORIZATION, "Bearer " + caller.bearerToken());
        });
        super.start(listener, headers);
      }
    };
  }
}

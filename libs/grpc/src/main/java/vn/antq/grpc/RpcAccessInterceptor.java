package vn.antq.grpc;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.core.Caller;
import vn.antq.core.Tenant;

/**
 * One timer and one access-log line for every RPC. The timer is tagged service, method, status and
 * province — so a dashboard can show one province's errors and latency; the log line carries the
 * trace id and province from the logging context, so one request can be followed across services. Province is a bounded tag (one value per tenant, plus
 * "national" and "none"); ids of models, members or groups never become tags.
 *
 * <p>It wraps the call outside the caller interceptor, so rejected calls (401/403) are counted too;
 * the province is read when the call closes, inside the call's context where it is known.
 */
public class RpcAccessInterceptor implements ServerInterceptor {

  private static final Logger ACCESS = LoggerFactory.getLogger("antq.access");

  private final MeterRegistry registry;
  private final String service;

  public RpcAccessInterceptor(MeterRegistry registry, String service) {
    this.registry = registry;
    this.service = service;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                     ServerCallHandler<Q, R> next) {
    Timer.Sample sample = Timer.start(registry);
    String method = call.getMethodDescriptor().getFullMethodName();
    return next.startCall(new SimpleForwardingServerCall<>(call) {
      @Override
      public void close(Status status, Metadata trailers) {
        long nanos = sample.stop(Timer.builder("antq.rpc.server")
            .description("gRPC calls served, by province")
            .tag("service", service)
            .tag("method", method)
            .tag("status", status.getCode().name())
            .tag("province", provinceTag())
            .register(registry));
        ACCESS.info("{} {} {} ms", method, status.getCode(), nanos / 1_000_000);
        super.close(status, trailers);
      }
    }, headers);
  }

  private static String provinceTag() {
    return Tenant.currentCaller().map(RpcAccessInterceptor::tag).orElse("none");
  }

  private static String tag(Caller caller) {
    return caller.province() != null ? caller.province() : "national";
  }
}

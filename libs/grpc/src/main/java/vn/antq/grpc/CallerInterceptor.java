package vn.antq.grpc;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import vn.antq.api.v1.Access;
import vn.antq.core.Caller;
import vn.antq.core.NationalAudit;
import vn.antq.core.Tenant;

/**
 * The second isolation lock: every call is authenticated again here (the gateway's check is not
 * trusted), authorised against the contract's access rule, and confined to the token's province.
 * The verified caller is then bound to the call's context, where {@link Tenant} reads it.
 *
 * <p>National operations are put on record in the service's {@link NationalAudit} before they run,
 * refused ones too; a call whose record cannot be written is refused.
 */
public class CallerInterceptor implements ServerInterceptor {

  private static final Logger AUDIT = LoggerFactory.getLogger("antq.audit");
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  /** Infrastructure services that orchestrators call without a token. */
  private static final Set<String> OPEN_SERVICES = Set.of(
      "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection");

  private static final int MAX_AUDITED_REQUEST = 2000;

  private final CallerVerifier verifier;
  private final NationalAudit audit;

  public CallerInterceptor(CallerVerifier verifier, NationalAudit audit) {
    this.verifier = verifier;
    this.audit = audit;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                     ServerCallHandler<Q, R> next) {
    if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())) {
      return next.startCall(call, headers);
    }
    Caller caller;
    try {
      caller = verifier.verify(bearer(headers.get(AUTHORIZATION)));
    } catch (CallerVerifier.InvalidTokenException e) {
      return reject(call, Status.UNAUTHENTICATED.withDescription(e.getMessage()));
    }
    Access access = AccessPolicy.accessOf(call.getMethodDescriptor());
    boolean national = access == Access.NATIONAL_READ || access == Access.NATIONAL_ADMIN;
    Status denied = AccessPolicy.checkRoles(access, caller);
    if (denied != null) {
      if (national) {
        recordRefusal(call, caller, access);
      }
      return reject(call, denied);
    }
    Context context = Tenant.bind(Context.current(), caller);
    if (access == Access.NATIONAL_READ) {
      context = Tenant.nationalScope(context);
    }
    ServerCall.Listener<Q> listener = new LoggingContext<>(Contexts.interceptCall(context, call, headers, next), caller);
    if (national) {
      // Outside the call's context: the record is written by the service's own role, never in the
      // read-only national transaction.
      return new OnRecord<>(listener, call, audit, caller, access);
    }
    return AccessPolicy.isProvinceScoped(access) ? new ProvinceGuard<>(listener, call, caller.province()) : listener;
  }

  private void recordRefusal(ServerCall<?, ?> call, Caller caller, Access access) {
    String method = call.getMethodDescriptor().getFullMethodName();
    AUDIT.warn("national operation refused method={} subject={} province={} roles={}",
        method, caller.subject(), caller.province(), caller.roles());
    try {
      audit.record(new NationalAudit.Entry(Instant.now(), caller.subject(), caller.province(), caller.roles(), method,
          access.name(), "", false));
    } catch (RuntimeException e) {
      // The refusal stands either way; only its record is lost, and the log line above keeps it.
      AUDIT.error("could not record a refused national operation", e);
    }
  }

  static String describe(Object request) {
    if (!(request instanceof Message message)) {
      return "";
    }
    try {
      String json = JsonFormat.printer().omittingInsignificantWhitespace().print(message);
      return json.length() <= MAX_AUDITED_REQUEST ? json : json.substring(0, MAX_AUDITED_REQUEST) + "…";
    } catch (InvalidProtocolBufferException e) {
      return message.getDescriptorForType().getFullName();
    }
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).trim();
  }

  private static <Q, R> ServerCall.Listener<Q> reject(ServerCall<Q, R> call, Status status) {
    call.close(status, new Metadata());
    return new ServerCall.Listener<>() {};
  }

  /** Every log line written while serving the call names its province (JSON logs carry MDC entries). */
  private static final class LoggingContext<Q> extends SimpleForwardingServerCallListener<Q> {
    private final String province;

    LoggingContext(ServerCall.Listener<Q> delegate, Caller caller) {
      super(delegate);
      this.province = caller.province() != null ? caller.province() : "national";
    }

    @Override
    public void onMessage(Q message) {
      try (MDC.MDCCloseable ignored = MDC.putCloseable("province", province)) {
        super.onMessage(message);
      }
    }

    @Override
    public void onHalfClose() {
      try (MDC.MDCCloseable ignored = MDC.putCloseable("province", province)) {
        super.onHalfClose();
      }
    }
  }

  /**
   * A listener that checks each request message before the service sees it and, once it refuses
   * one, closes the call and passes nothing more on.
   */
  private abstract static class RequestGate<Q, R> extends SimpleForwardingServerCallListener<Q> {
    final ServerCall<Q, R> call;
    private boolean closed;

    RequestGate(ServerCall.Listener<Q> delegate, ServerCall<Q, R> call) {
      super(delegate);
      this.call = call;
    }

    /** The status to close the call with, or null to let the message through. */
    abstract Status refusal(Q message);

    @Override
    public void onMessage(Q message) {
      if (closed) {
        return;
      }
      Status refused = refusal(message);
      if (refused != null) {
        closed = true;
        call.close(refused, new Metadata());
        return;
      }
      super.onMessage(message);
    }

    @Override
    public void onHalfClose() {
      if (!closed) {
        super.onHalfClose();
      }
    }

    @Override
    public void onReady() {
      if (!closed) {
        super.onReady();
      }
    }
  }

  /** Writes the audit entry when the request arrives, before the service sees it; no entry, no call. */
  private static final class OnRecord<Q, R> extends RequestGate<Q, R> {
    private final NationalAudit audit;
    private final Caller caller;
    private final Access access;

    OnRecord(ServerCall.Listener<Q> delegate, ServerCall<Q, R> call, NationalAudit audit, Caller caller, Access access) {
      super(delegate, call);
      this.audit = audit;
      this.caller = caller;
      this.access = access;
    }

    @Override
    Status refusal(Q message) {
      String method = call.getMethodDescriptor().getFullMethodName();
      String request = describe(message);
      AUDIT.info("national operation method={} subject={} roles={} request={}", method, caller.subject(),
          caller.roles(), request);
      try {
        audit.record(new NationalAudit.Entry(Instant.now(), caller.subject(), caller.province(), caller.roles(),
            method, access.name(), request, true));
        return null;
      } catch (RuntimeException e) {
        AUDIT.error("national operation refused: its audit entry could not be written", e);
        return Status.UNAVAILABLE.withDescription("the national audit log could not be written; nothing was read");
      }
    }
  }

  /** Checks each request message against the caller's province before the service sees it. */
  private static final class ProvinceGuard<Q, R> extends RequestGate<Q, R> {
    private final String province;

    ProvinceGuard(ServerCall.Listener<Q> delegate, ServerCall<Q, R> call, String province) {
      super(delegate, call);
      this.province = province;
    }

    @Override
    Status refusal(Q message) {
      return message instanceof Message request ? AccessPolicy.checkProvince(request, province)
          : Status.INTERNAL.withDescription("not a protobuf request");
    }
  }
}

package vn.antq.core;

import io.grpc.Context;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The one place domain code learns who is calling and for which province. The gRPC server
 * interceptor (libs/grpc) binds the verified caller to the call's {@link Context}; nothing else
 * may set it, so no header or request field can choose the tenant.
 */
public final class Tenant {

  static final Context.Key<Caller> CALLER = Context.key("antq-caller");
  static final Context.Key<Boolean> NATIONAL = Context.key("antq-national-scope");

  private Tenant() {}

  /** The province of the current call; fails if the call is not bound to one province. */
  public static String province() {
    return currentProvince()
        .orElseThrow(() -> new DomainException.PermissionDenied("this operation needs a province-bound caller"));
  }

  public static Optional<String> currentProvince() {
    return currentCaller().map(Caller::province);
  }

  public static Optional<Caller> currentCaller() {
    return Optional.ofNullable(CALLER.get());
  }

  public static Caller caller() {
    return currentCaller().orElseThrow(() -> new DomainException.PermissionDenied("no authenticated caller"));
  }

  /** True while a Ministry national read runs: storage then opens read-only, cross-province transactions. */
  public static boolean isNationalScope() {
    return Boolean.TRUE.equals(NATIONAL.get());
  }

  /** A context carrying the given caller; the interceptor attaches it for the duration of a call. */
  public static Context bind(Context context, Caller caller) {
    return context.withValue(CALLER, caller);
  }

  /**
   * The task, run on another thread with the current call's caller, scope, deadline and
   * cancellation: fan-out work stays the caller's work (its token is forwarded, its deadline holds).
   */
  public static <T> Callable<T> carried(Callable<T> task) {
    return Context.current().wrap(task);
  }

  /** A context for an explicit national read by a Ministry caller. */
  public static Context nationalScope(Context context) {
    return context.withValue(NATIONAL, Boolean.TRUE);
  }
}

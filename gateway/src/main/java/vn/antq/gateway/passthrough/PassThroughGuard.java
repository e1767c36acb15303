package vn.antq.gateway.passthrough;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.Durations;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import vn.antq.api.v1.Access;
import vn.antq.api.v1.AccessProto;
import vn.antq.core.Caller;
import vn.antq.gateway.limits.LimitDecision;
import vn.antq.gateway.limits.ProvinceLimits;
import vn.antq.gateway.security.AccessPolicy;
import vn.antq.gateway.security.Callers;
import vn.antq.gateway.security.ResourceNames;

/**
 * The REST API's checks for a native gRPC call, in the same order: the bearer token verified with
 * the gateway's JWT decoder, the caller's province limits, then the method's access rule over the
 * resource names in the request. A refusal is a status exception; nothing reaches a backend.
 */
final class PassThroughGuard {

  private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final ReactiveJwtDecoder tokens;
  private final Callers callers;
  private final ProvinceLimits limits;

  PassThroughGuard(ReactiveJwtDecoder tokens, Callers callers, ProvinceLimits limits) {
    this.tokens = tokens;
    this.callers = callers;
    this.limits = limits;
  }

  Mono<Caller> admit(Metadata headers, Descriptors.MethodDescriptor method, byte[] request) {
    return bearer(headers.get(AUTHORIZATION))
        .map(token -> tokens.decode(token)
            // Missing, expired, unsigned and forged tokens get the same answer, as on the REST API.
            .onErrorMap(JwtException.class, e -> unauthenticated()))
        .orElseGet(() -> Mono.error(unauthenticated()))
        .map(callers::from)
        .flatMap(caller -> limits.check(caller).flatMap(decision -> refusal(decision)
            .<Mono<Caller>>map(Mono::error)
            .orElseGet(() -> Mono.just(caller))))
        .flatMap(caller -> authorized(caller, method, request));
  }

  private static Mono<Caller> authorized(Caller caller, Descriptors.MethodDescriptor method, byte[] request) {
    DynamicMessage message;
    try {
      message = DynamicMessage.parseFrom(method.getInputType(), request);
    } catch (InvalidProtocolBufferException e) {
      return Mono.error(Status.INVALID_ARGUMENT.withDescription("The request message cannot be parsed.").asRuntimeException());
    }
    Access access = method.getOptions().getExtension(AccessProto.access);
    return AccessPolicy.denial(access, ResourceNames.of(message), caller)
        .<Mono<Caller>>map(reason -> Mono.error(Status.PERMISSION_DENIED.withDescription(reason).asRuntimeException()))
        .orElseGet(() -> Mono.just(caller));
  }

  private static Optional<StatusRuntimeException> refusal(LimitDecision decision) {
    if (decision instanceof LimitDecision.Limited limited) {
      // RetryInfo is how gRPC clients learn the Retry-After of the REST API.
      return Optional.of(StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
          .setCode(Code.RESOURCE_EXHAUSTED_VALUE)
          .setMessage(limited.reason().detail())
          .addDetails(Any.pack(RetryInfo.newBuilder()
              .setRetryDelay(Durations.fromSeconds(limited.retryAfterSeconds()))
              .build()))
          .build()));
    }
    if (decision instanceof LimitDecision.Suspended suspended) {
      return Optional.of(Status.PERMISSION_DENIED.withDescription(suspended.detail()).asRuntimeException());
    }
    return Optional.empty();
  }

  private static Optional<String> bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).trim());
  }

  private static StatusRuntimeException unauthenticated() {
    return Status.UNAUTHENTICATED.withDescription("A valid bearer token is required.").asRuntimeException();
  }
}

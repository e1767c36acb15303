package vn.antq.gateway.problem;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.antq.gateway.transcode.BindingException;
import vn.antq.gateway.transcode.FieldPaths;

/**
 * Turns whatever ended a transcoded call into a problem: gRPC statuses by the google.rpc.Code
 * HTTP mapping, with BadRequest field violations as {@code errors}. Server-side failures get a
 * fixed detail: their descriptions can carry internal addresses or exception text.
 */
@Component
public class GrpcProblemMapper {

  private static final Logger log = LoggerFactory.getLogger(GrpcProblemMapper.class);

  public Problem toProblem(Throwable error) {
    if (error instanceof StatusRuntimeException || error instanceof StatusException) {
      return fromStatus(error);
    }
    if (error instanceof BindingException binding) {
      List<Problem.FieldViolation> errors = binding.field() == null
          ? List.of()
          : List.of(new Problem.FieldViolation(binding.field(), binding.getMessage()));
      return new Problem(400, "invalid-argument", binding.getMessage(), null, errors);
    }
    if (error instanceof CallNotPermittedException) {
      return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The service is unavailable; try again later.");
    }
    if (error instanceof TimeoutException) {
      return Problem.of(HttpStatus.GATEWAY_TIMEOUT, "deadline-exceeded", "The service did not answer in time.");
    }
    if (error instanceof DataBufferLimitException) {
      return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "The request body is too large.");
    }
    log.error("Transcoded call failed", error);
    return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "The gateway failed to handle the request.");
  }

  private Problem fromStatus(Throwable error) {
    Status status = Status.fromThrowable(error);
    HttpStatus http = httpStatus(status.getCode());
    String slug = status.getCode().name().toLowerCase(Locale.ROOT).replace('_', '-');
    if (http.is5xxServerError()) {
      log.warn("Backend call failed: {}", status);
      return new Problem(http.value(), slug, serverDetail(status.getCode()), status.getCode().name(), List.of());
    }
    String detail = status.getDescription() != null ? status.getDescription() : http.getReasonPhrase();
    return new Problem(http.value(), slug, detail, status.getCode().name(), violations(error));
  }

  private static HttpStatus httpStatus(Status.Code code) {
    return switch (code) {
      case INVALID_ARGUMENT, OUT_OF_RANGE -> HttpStatus.BAD_REQUEST;
      case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
      case PERMISSION_DENIED -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case ALREADY_EXISTS, ABORTED -> HttpStatus.CONFLICT;
      case FAILED_PRECONDITION -> HttpStatus.UNPROCESSABLE_CONTENT;
      case RESOURCE_EXHAUSTED -> HttpStatus.TOO_MANY_REQUESTS;
      case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
      case DEADLINE_EXCEEDED -> HttpStatus.GATEWAY_TIMEOUT;
      case UNIMPLEMENTED -> HttpStatus.NOT_IMPLEMENTED;
      default -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }

  private static String serverDetail(Status.Code code) {
    return switch (code) {
      case UNAVAILABLE -> "The service is unavailable; try again later.";
      case DEADLINE_EXCEEDED -> "The service did not answer in time.";
      case UNIMPLEMENTED -> "This operation is not available.";
      default -> "The service failed to handle the request.";
    };
  }

  /** BadRequest field violations from the grpc-status-details-bin trailer, with JSON field paths. */
  private static List<Problem.FieldViolation> violations(Throwable error) {
    com.google.rpc.Status details = StatusProto.fromThrowable(error);
    if (details == null) {
      return List.of();
    }
    List<Problem.FieldViolation> violations = new ArrayList<>();
    for (Any detail : details.getDetailsList()) {
      if (!detail.is(BadRequest.class)) {
        continue;
      }
      try {
        for (BadRequest.FieldViolation violation : detail.unpack(BadRequest.class).getFieldViolationsList()) {
          violations.add(new Problem.FieldViolation(FieldPaths.toJsonPath(violation.getField()), violation.getDescription()));
        }
      } catch (InvalidProtocolBufferException e) {
        log.warn("Unreadable BadRequest detail from a backend", e);
      }
    }
    return violations;
  }
}

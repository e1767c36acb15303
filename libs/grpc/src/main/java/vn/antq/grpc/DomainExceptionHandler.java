package vn.antq.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import vn.antq.core.DomainException;

/**
 * Maps domain errors to gRPC statuses with {@code google.rpc} details, so the gateway can list every
 * invalid field path. Anything unexpected becomes INTERNAL without leaking internals to the caller.
 */
public class DomainExceptionHandler implements GrpcExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(DomainExceptionHandler.class);

  @Override
  public StatusException handleException(Throwable error) {
    if (error instanceof DomainException.InvalidInput invalid) {
      return status(Code.INVALID_ARGUMENT, invalid.getMessage(), badRequest(invalid.violations()));
    }
    if (error instanceof DomainException.AlreadyExists exists) {
      return status(Code.ALREADY_EXISTS, exists.getMessage(),
          badRequest(List.of(new DomainException.FieldViolation(exists.field(), exists.getMessage()))));
    }
    if (error instanceof DomainException.NotFound) {
      return status(Code.NOT_FOUND, error.getMessage(), null);
    }
    if (error instanceof DomainException.FailedPrecondition) {
      return status(Code.FAILED_PRECONDITION, error.getMessage(), null);
    }
    if (error instanceof DomainException.Aborted) {
      return status(Code.ABORTED, error.getMessage(), null);
    }
    if (error instanceof DomainException.Unavailable) {
      return status(Code.UNAVAILABLE, error.getMessage(), null);
    }
    if (error instanceof DomainException.PermissionDenied) {
      return status(Code.PERMISSION_DENIED, error.getMessage(), null);
    }
    if (error instanceof DuplicateKeyException) {
      // A concurrent create won the race for a unique key the domain had checked.
      return status(Code.ABORTED, "a concurrent request changed the same resource; retry", null);
    }
    if (error instanceof StatusException || error instanceof io.grpc.StatusRuntimeException) {
      return null;
    }
    log.error("unexpected error in a gRPC call", error);
    return status(Code.INTERNAL, "internal error", null);
  }

  private static BadRequest badRequest(List<DomainException.FieldViolation> violations) {
    BadRequest.Builder details = BadRequest.newBuilder();
    violations.forEach(v -> details.addFieldViolationsBuilder().setField(v.field()).setDescription(v.description()));
    return details.build();
  }

  private static StatusException status(Code code, String message, BadRequest details) {
    com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder().setCode(code.getNumber()).setMessage(message);
    if (details != null) {
      status.addDetails(Any.pack(details));
    }
    return StatusProto.toStatusException(status.build());
  }
}

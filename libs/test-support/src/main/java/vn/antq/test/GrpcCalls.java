package vn.antq.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.concurrent.Executor;

/** Calls to a service over a real socket: a bearer token per call, and what a failed call said. */
public final class GrpcCalls {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private GrpcCalls() {}

  public static CallCredentials bearer(String token) {
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        applier.apply(headers);
      }
    };
  }

  /** The call's error, asserting its status code. */
  public static StatusRuntimeException fails(Status.Code expected, Runnable call) {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call::run);
    assertThat(error.getStatus().getCode()).as(error.getStatus().toString()).isEqualTo(expected);
    return error;
  }

  /** The field paths of the call's google.rpc.BadRequest, asserting its status code. */
  public static List<String> invalidFields(Status.Code expected, Runnable call) {
    return fieldsOf(fails(expected, call));
  }

  public static List<String> invalidFields(Runnable call) {
    return invalidFields(Status.Code.INVALID_ARGUMENT, call);
  }

  public static List<String> fieldsOf(StatusRuntimeException error) {
    com.google.rpc.Status status = StatusProto.fromThrowable(error);
    assertThat(status).as("status details").isNotNull();
    return status.getDetailsList().stream().filter(any -> any.is(BadRequest.class)).flatMap(any -> {
      try {
        return any.unpack(BadRequest.class).getFieldViolationsList().stream();
      } catch (InvalidProtocolBufferException e) {
        throw new AssertionError(e);
      }
    }).map(BadRequest.FieldViolation::getField).toList();
  }
}

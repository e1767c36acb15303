package vn.antq.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.gateway.transcode.BindingException;

class GrpcProblemMapperTest {

  private final GrpcProblemMapper mapper = new GrpcProblemMapper();

  @Test
  void badRequestViolationsBecomeErrorsWithJsonFieldPaths() {
    Problem problem = mapper.toProblem(StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
        .setCode(Code.INVALID_ARGUMENT_VALUE)
        .setMessage("Mô hình không hợp lệ")
        .addDetails(Any.pack(BadRequest.newBuilder()
            .addFieldViolations(violation("model.display_name", "không được để trống"))
            .addFieldViolations(violation("model.established_date.year", "must be positive"))
            .build()))
        .build()));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo("https://antq.vn/problems/invalid-argument");
    assertThat(problem.title()).isEqualTo("Invalid argument");
    assertThat(problem.detail()).isEqualTo("Mô hình không hợp lệ");
    assertThat(problem.grpcStatus()).isEqualTo("INVALID_ARGUMENT");
    assertThat(problem.errors()).containsExactly(
        new Problem.FieldViolation("model.displayName", "không được để trống"),
        new Problem.FieldViolation("model.establishedDate.year", "must be positive"));
  }

  @Test
  void alreadyExistsKeepsItsViolations() {
    Problem problem = mapper.toProblem(StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
        .setCode(Code.ALREADY_EXISTS_VALUE)
        .setMessage("code taken")
        .addDetails(Any.pack(BadRequest.newBuilder().addFieldViolations(violation("model.code", "taken")).build()))
        .build()));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.errors()).containsExactly(new Problem.FieldViolation("model.code", "taken"));
  }

  @ParameterizedTest
  @CsvSource({
      "INVALID_ARGUMENT, 400", "UNAUTHENTICATED, 401", "PERMISSION_DENIED, 403", "NOT_FOUND, 404",
      "ALREADY_EXISTS, 409", "ABORTED, 409", "FAILED_PRECONDITION, 422", "RESOURCE_EXHAUSTED, 429",
      "UNAVAILABLE, 503", "DEADLINE_EXCEEDED, 504", "UNIMPLEMENTED, 501", "INTERNAL, 500", "UNKNOWN, 500",
      "DATA_LOSS, 500", "CANCELLED, 500"})
  void statusCodesMapToHttp(Status.Code code, int http) {
    Problem problem = mapper.toProblem(Status.fromCode(code).withDescription("why").asRuntimeException());

    assertThat(problem.status()).isEqualTo(http);
    assertThat(problem.grpcStatus()).isEqualTo(code.name());
    assertThat(problem.slug()).isEqualTo(code.name().toLowerCase().replace('_', '-'));
  }

  @Test
  void serverFailuresHideTheBackendsDescription() {
    Problem problem = mapper.toProblem(Status.INTERNAL
        .withDescription("java.lang.NullPointerException at vn.antq.registry.ModelService.create(ModelService.java:42)")
        .asRuntimeException());

    assertThat(problem.detail()).doesNotContain("Exception", "vn.antq").isEqualTo("The service failed to handle the request.");
    assertThat(problem.errors()).isEmpty();
  }

  @Test
  void clientErrorsKeepTheBackendsDescription() {
    assertThat(mapper.toProblem(Status.NOT_FOUND.withDescription("Không tìm thấy mô hình").asRuntimeException()).detail())
        .isEqualTo("Không tìm thấy mô hình");
  }

  @Test
  void gatewaySideFailures() {
    CallNotPermittedException open = CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("registry"));

    assertThat(mapper.toProblem(open).status()).isEqualTo(503);
    assertThat(mapper.toProblem(new TimeoutException()).status()).isEqualTo(504);
    assertThat(mapper.toProblem(new IllegalStateException("secret internals")))
        .satisfies(p -> assertThat(p.status()).isEqualTo(500))
        .satisfies(p -> assertThat(p.detail()).doesNotContain("secret"));
  }

  @Test
  void bindingFailuresNameTheField() {
    Problem problem = mapper.toProblem(new BindingException("model.colour", "unknown field"));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.grpcStatus()).isNull();
    assertThat(problem.errors()).containsExactly(new Problem.FieldViolation("model.colour", "unknown field"));
  }

  private static BadRequest.FieldViolation violation(String field, String description) {
    return BadRequest.FieldViolation.newBuilder().setField(field).setDescription(description).build();
  }
}

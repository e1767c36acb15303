package vn.antq.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.rpc.BadRequest;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.test.PostgresFixture;
import vn.antq.test.TestIssuer;
import vn.antq.welfare.v1.BeneficiariesGrpc;
import vn.antq.welfare.v1.SponsorsGrpc;
import vn.antq.welfare.v1.WelfareItemsGrpc;
import vn.antq.welfare.v1.WelfareReportsGrpc;

/** The real service over a real socket, on a real PostgreSQL, verifying real signed tokens. */
@SpringBootTest(properties = {
    "spring.grpc.server.port=0",
    "server.port=0",
    "spring.cloud.config.enabled=false",
    // Short guards, and a breaker that tests of an unavailable registry cannot open for the others.
    "antq.remote.targets.registry.deadline=1s",
    "antq.remote.targets.registry.max-attempts=2",
    "antq.remote.targets.registry.retry-backoff=10ms",
    "antq.remote.targets.registry.minimum-number-of-calls=1000",
    "antq.remote.targets.registry.sliding-window-size=1000"})
abstract class WelfareTestBase {

  static final TestIssuer ISSUER = new TestIssuer();
  static final PostgresFixture POSTGRES = PostgresFixture.shared();
  static final FakeRegistry REGISTRY = new FakeRegistry();

  @LocalGrpcPort
  int grpcPort;

  ManagedChannel channel;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    PostgresFixture.register(registry, POSTGRES.database("welfare"));
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    registry.add("spring.grpc.client.channels.registry.address", REGISTRY::address);
  }

  @BeforeEach
  void openChannel() {
    channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
  }

  @AfterEach
  void closeChannel() {
    channel.shutdownNow();
  }

  WelfareItemsGrpc.WelfareItemsBlockingStub items(String token) {
    return WelfareItemsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  SponsorsGrpc.SponsorsBlockingStub sponsors(String token) {
    return SponsorsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  BeneficiariesGrpc.BeneficiariesBlockingStub beneficiaries(String token) {
    return BeneficiariesGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  WelfareReportsGrpc.WelfareReportsBlockingStub reports(String token) {
    return WelfareReportsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  static String officer(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_OFFICER");
  }

  static String admin(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_ADMIN");
  }

  /** A province of its own, so that a test's figures are not shared with any other test. */
  static String freshProvince() {
    return "t-" + suffix();
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static CallCredentials bearer(String token) {
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        applier.apply(headers);
      }
    };
  }

  static StatusRuntimeException fails(Status.Code expected, Runnable call) {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call::run);
    assertThat(error.getStatus().getCode()).as(error.getStatus().toString()).isEqualTo(expected);
    return error;
  }

  /** The field paths of an INVALID_ARGUMENT (or ALREADY_EXISTS) call's google.rpc.BadRequest. */
  static List<String> invalidFields(Status.Code expected, Runnable call) {
    return fieldsOf(fails(expected, call));
  }

  static List<String> invalidFields(Runnable call) {
    return invalidFields(Status.Code.INVALID_ARGUMENT, call);
  }

  static List<String> fieldsOf(StatusRuntimeException error) {
    com.google.rpc.Status status = StatusProto.fromThrowable(error);
    assertThat(status).as("status details").isNotNull();
    return status.getDetailsList().stream().filter(any -> any.is(BadRequest.class)).flatMap(any -> {
      try {
        return any.unpack(BadRequest.class).getFieldViolationsList().stream();
      } catch (com.google.protobuf.InvalidProtocolBufferException e) {
        throw new AssertionError(e);
      }
    }).map(BadRequest.FieldViolation::getField).toList();
  }
}

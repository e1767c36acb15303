package vn.antq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.Durations;
import com.google.rpc.BadRequest;
import com.google.rpc.RetryInfo;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.gateway.grpc.RawMarshaller;
import vn.antq.gateway.passthrough.GrpcPassThroughServer;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.NationalRegistryGrpc;
import vn.antq.registry.v1.UpdateModelRequest;
import vn.antq.test.RedisFixture;
import vn.antq.test.TestIssuer;

/** Native gRPC through the gateway's own port to a real backend on a socket, with the REST API's checks. */
@SpringBootTest(properties = {
    "spring.cloud.config.enabled=false",
    "antq.gateway.grpc.port=0",
    "antq.gateway.deadline=1s"})
class GrpcPassThroughTest {

  private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> TRACEPARENT = Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> PROVINCE_HINT = Metadata.Key.of("x-antq-province", Metadata.ASCII_STRING_MARSHALLER);

  static final TestIssuer issuer = new TestIssuer();
  static final FakeRegistryBackend backend = new FakeRegistryBackend();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
    registry.add("antq.gateway.backends.registry.target", backend::target);
    RedisFixture.shared().register(registry, 3);
    TestLimits.register(registry);
  }

  @AfterAll
  static void stop() {
    backend.close();
    issuer.close();
  }

  @Autowired
  GrpcPassThroughServer server;

  ManagedChannel channel;

  @BeforeEach
  void connect() {
    backend.calls.clear();
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
  }

  @AfterEach
  void disconnect() {
    channel.shutdownNow();
  }

  @Test
  void anAllowedCallReachesTheBackendWithTokenAndTraceContextOnly() {
    String token = issuer.provinceToken("calm", "PROVINCE_OFFICER");
    String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    Metadata headers = bearer(token);
    headers.put(TRACEPARENT, traceparent);
    headers.put(PROVINCE_HINT, "ca-mau");

    Model model = registry(headers).getModel(GetModelRequest.newBuilder().setName("provinces/calm/models/m-1").build());

    assertThat(model.getName()).isEqualTo("provinces/calm/models/m-1");
    assertThat(model.getDisplayName()).isEqualTo("Tổ ngư dân tự quản về ANTT trên biển");
    FakeRegistryBackend.Call call = backend.onlyCall();
    assertThat(call.request()).isEqualTo(GetModelRequest.newBuilder().setName("provinces/calm/models/m-1").build());
    assertThat(call.headers().get(AUTHORIZATION)).isEqualTo("Bearer " + token);
    assertThat(call.headers().get(TRACEPARENT)).isEqualTo(traceparent);
    assertThat(call.headers().keys()).doesNotContain("x-antq-province");
  }

  @Test
  void anotherProvincesResourceIsDeniedBeforeTheBackend() {
    var asCalm = registry(bearer(issuer.provinceToken("calm", "PROVINCE_ADMIN")));

    assertStatus(Status.Code.PERMISSION_DENIED,
        () -> asCalm.getModel(GetModelRequest.newBuilder().setName("provinces/ca-mau/models/m-1").build()));
    // A nested resource name counts too: the path of an update is model.name.
    assertStatus(Status.Code.PERMISSION_DENIED, () -> asCalm.updateModel(UpdateModelRequest.newBuilder()
        .setModel(Model.newBuilder().setName("provinces/ca-mau/models/m-1")).build()));
    assertStatus(Status.Code.PERMISSION_DENIED,
        () -> asCalm.getModel(GetModelRequest.newBuilder().setName("m-1").build()));

    assertThat(backend.calls).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "expired", "forged", "garbage"})
  void withoutAValidTokenTheCallIsUnauthenticated(String kind) {
    Metadata headers = switch (kind) {
      case "expired" -> bearer(issuer.expiredProvinceToken("calm", "PROVINCE_OFFICER"));
      case "forged" -> bearer(issuer.forgedProvinceToken("calm", "PROVINCE_OFFICER"));
      case "garbage" -> bearer("not.a.jwt");
      default -> new Metadata();
    };

    assertStatus(Status.Code.UNAUTHENTICATED,
        () -> registry(headers).getModel(GetModelRequest.newBuilder().setName("provinces/calm/models/m-1").build()));
    assertThat(backend.calls).isEmpty();
  }

  @Test
  void methodsOutsideTheContractsAreUnimplemented() {
    MethodDescriptor<byte[], byte[]> unknown = MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName("antq.registry.v1.ModelRegistry/DeleteEverything")
        .setRequestMarshaller(RawMarshaller.INSTANCE)
        .setResponseMarshaller(RawMarshaller.INSTANCE)
        .build();

    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> ClientCalls.blockingUnaryCall(
        channel, unknown, CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), new byte[0]));

    assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED);
    assertThat(backend.calls).isEmpty();
  }

  @Test
  void backendStatusAndTrailersPassThrough() throws InvalidProtocolBufferException {
    var asCalm = registry(bearer(issuer.provinceToken("calm", "PROVINCE_OFFICER")));

    StatusRuntimeException invalid = assertStatus(Status.Code.INVALID_ARGUMENT, () -> asCalm.createModel(
        CreateModelRequest.newBuilder().setParent("provinces/calm").setModel(Model.newBuilder().setDisplayName(" ")).build()));
    assertThat(invalid.getStatus().getDescription()).isEqualTo("Mô hình không hợp lệ");
    List<String> fields = new ArrayList<>();
    for (var detail : StatusProto.fromThrowable(invalid).getDetailsList()) {
      detail.unpack(BadRequest.class).getFieldViolationsList().forEach(violation -> fields.add(violation.getField()));
    }
    assertThat(fields).containsExactly("model.display_name", "model.sector");

    StatusRuntimeException missing = assertStatus(Status.Code.NOT_FOUND,
        () -> asCalm.getModel(GetModelRequest.newBuilder().setName("provinces/calm/models/missing").build()));
    assertThat(missing.getStatus().getDescription()).isEqualTo("Không tìm thấy mô hình");
  }

  @Test
  void theCallEndsAtTheGatewayDeadline() {
    var asCalm = registry(bearer(issuer.provinceToken("calm", "PROVINCE_OFFICER")));

    assertStatus(Status.Code.DEADLINE_EXCEEDED,
        () -> asCalm.getModel(GetModelRequest.newBuilder().setName("provinces/calm/models/slow").build()));
  }

  @Test
  void nationalMethodsAreForTheMinistry() {
    var national = NationalRegistryGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);

    assertThat(national.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(issuer.nationalToken("MINISTRY_ANALYST"))))
        .listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance()).getNation().getModels()).isEqualTo(3);
    assertStatus(Status.Code.PERMISSION_DENIED, () -> national
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(issuer.provinceToken("calm", "PROVINCE_ADMIN"))))
        .listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance()));
    assertThat(backend.calls).hasSize(1);
  }

  @Test
  void provinceLimitsApplyWithRetryInfo() throws InvalidProtocolBufferException {
    var asFlood = registry(bearer(issuer.provinceToken("grpc-flood", "PROVINCE_OFFICER")));
    GetModelRequest request = GetModelRequest.newBuilder().setName("provinces/grpc-flood/models/m-1").build();
    List<StatusRuntimeException> refused = new ArrayList<>();

    for (int i = 0; i < 10; i++) {
      try {
        asFlood.getModel(request);
      } catch (StatusRuntimeException e) {
        refused.add(e);
      }
    }

    assertThat(refused).isNotEmpty().allMatch(e -> e.getStatus().getCode() == Status.Code.RESOURCE_EXHAUSTED);
    RetryInfo retry = StatusProto.fromThrowable(refused.get(0)).getDetails(0).unpack(RetryInfo.class);
    assertThat(Durations.toSeconds(retry.getRetryDelay())).isEqualTo(1);
    assertThat(backend.calls).hasSize(10 - refused.size());
  }

  @Test
  void aSuspendedProvinceIsDenied() {
    assertStatus(Status.Code.PERMISSION_DENIED, () -> registry(bearer(issuer.provinceToken("suspended", "PROVINCE_ADMIN")))
        .getModel(GetModelRequest.newBuilder().setName("provinces/suspended/models/m-1").build()));
    assertThat(backend.calls).isEmpty();
  }

  private ModelRegistryGrpc.ModelRegistryBlockingStub registry(Metadata headers) {
    return ModelRegistryGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  private static Metadata bearer(String token) {
    Metadata headers = new Metadata();
    headers.put(AUTHORIZATION, "Bearer " + token);
    return headers;
  }

  private static StatusRuntimeException assertStatus(Status.Code code, Runnable call) {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call::run);
    assertThat(error.getStatus().getCode()).as(error.getStatus().toString()).isEqualTo(code);
    return error;
  }
}

package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.launcher.seed.Bearer;
import vn.antq.registry.v1.GetProvinceCountsRequest;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ListModelsResponse;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.NationalRegistryGrpc;

/** Native gRPC through the gateway's pass-through port, as a province's system would call it. */
class GrpcPassThroughIT {

  private static RunningPlatform platform;
  private static ManagedChannel gateway;

  @BeforeAll
  static void connect() {
    platform = RunningPlatform.shared();
    gateway = NettyChannelBuilder.forAddress("127.0.0.1", platform.gatewayGrpcPort).usePlaintext().build();
  }

  @AfterAll
  static void disconnect() {
    gateway.shutdownNow();
  }

  @Test
  void aProvinceReadsItsOwnDataOverNativeGrpc() {
    var baclieu = registry("bac-lieu-sync");

    ListModelsResponse models = baclieu.listModels(ListModelsRequest.newBuilder()
        .setParent("provinces/bac-lieu").setPageSize(20).build());
    assertThat(models.getModelsList()).hasSize(20).allMatch(model -> model.getName().startsWith("provinces/bac-lieu/"));
    assertThat(baclieu.getProvinceCounts(GetProvinceCountsRequest.newBuilder()
        .setName("provinces/bac-lieu/counts").build()).getMembers()).isGreaterThanOrEqualTo(21_986);
  }

  @Test
  void anotherProvinceIsDeniedAndNoTokenIsUnauthenticated() {
    assertCode(Status.Code.PERMISSION_DENIED, () -> registry("ca-mau-sync")
        .listModels(ListModelsRequest.newBuilder().setParent("provinces/bac-lieu").build()));
    assertCode(Status.Code.PERMISSION_DENIED, () -> registry("ministry-reports")
        .listModels(ListModelsRequest.newBuilder().setParent("provinces/bac-lieu").build()));
    assertCode(Status.Code.UNAUTHENTICATED, () -> ModelRegistryGrpc.newBlockingStub(gateway)
        .withDeadlineAfter(30, TimeUnit.SECONDS)
        .listModels(ListModelsRequest.newBuilder().setParent("provinces/bac-lieu").build()));
  }

  @Test
  void theMinistryReadsNationalCounts() {
    var national = NationalRegistryGrpc.newBlockingStub(gateway).withDeadlineAfter(30, TimeUnit.SECONDS)
        .withCallCredentials(new Bearer(platform.token("ministry-reports")));

    assertThat(national.listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance()).getProvincesList())
        .extracting(counts -> counts.getProvince()).contains("bac-lieu", "ca-mau");
  }

  private static ModelRegistryGrpc.ModelRegistryBlockingStub registry(String client) {
    return ModelRegistryGrpc.newBlockingStub(gateway).withDeadlineAfter(30, TimeUnit.SECONDS)
        .withCallCredentials(new Bearer(platform.token(client)));
  }

  private static void assertCode(Status.Code code, Runnable call) {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call::run);
    assertThat(error.getStatus().getCode()).as(error.getStatus().toString()).isEqualTo(code);
  }
}

package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.Sector;
import vn.antq.registry.v1.UpdateModelRequest;

/** The service's own lock: it does not rely on the gateway having checked anything. */
class ProvinceIsolationTest extends RegistryTestBase {

  @Test
  void aProvinceCannotReachAnotherProvincesModelByPathOrById() {
    Model baclieu = registry(officer("bac-lieu")).createModel(CreateModelRequest.newBuilder()
        .setParent("provinces/bac-lieu").setModel(Model.newBuilder().setCode("ISO-" + ModelRegistryTest.suffix())
            .setDisplayName("Câu lạc bộ người hoàn lương").setSector(Sector.REFORMED_OFFENDERS)).build());
    var camau = registry(officer("ca-mau"));

    fails(Status.Code.PERMISSION_DENIED,
        () -> camau.getModel(GetModelRequest.newBuilder().setName(baclieu.getName()).build()));
    fails(Status.Code.PERMISSION_DENIED,
        () -> camau.listModels(ListModelsRequest.newBuilder().setParent("provinces/bac-lieu").build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camau.updateModel(UpdateModelRequest.newBuilder()
        .setModel(baclieu.toBuilder().setStatus(ModelStatus.RETIRED)).build()));
    String guessed = baclieu.getName().replace("provinces/bac-lieu", "provinces/ca-mau");
    fails(Status.Code.NOT_FOUND, () -> camau.getModel(GetModelRequest.newBuilder().setName(guessed).build()));
    fails(Status.Code.NOT_FOUND, () -> camau.updateModel(UpdateModelRequest.newBuilder()
        .setModel(baclieu.toBuilder().setName(guessed).setStatus(ModelStatus.RETIRED)).build()));
    assertThat(camau.listModels(ListModelsRequest.newBuilder().setParent("provinces/ca-mau").build()).getModelsList())
        .extracting(Model::getName).doesNotContain(baclieu.getName());
  }

  @Test
  void badTokensAreUnauthenticated() {
    for (String token : new String[] {
        ISSUER.expiredProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        ISSUER.unsignedProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        ISSUER.forgedProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        "not-a-jwt"}) {
      fails(Status.Code.UNAUTHENTICATED, () -> registry(token)
          .listModels(ListModelsRequest.newBuilder().setParent("provinces/bac-lieu").build()));
    }
    fails(Status.Code.UNAUTHENTICATED, () -> vn.antq.registry.v1.ModelRegistryGrpc.newBlockingStub(channel)
        .listModels(ListModelsRequest.newBuilder().setParent("provinces/bac-lieu").build()));
  }

  @Test
  void nationalReadsAreForTheMinistryOnly() {
    registry(officer("an-giang")).createModel(CreateModelRequest.newBuilder().setParent("provinces/an-giang")
        .setModel(Model.newBuilder().setCode("NAT-" + ModelRegistryTest.suffix()).setDisplayName("Tổ tự quản người Hoa")
            .setSector(Sector.ETHNIC_COMMUNITY)).build());

    var counts = national(ISSUER.nationalToken("MINISTRY_ANALYST")).listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance());
    assertThat(counts.getProvincesList()).extracting(p -> p.getProvince()).contains("an-giang");
    assertThat(counts.getNation().getModels())
        .isEqualTo(counts.getProvincesList().stream().mapToInt(p -> p.getModels()).sum());

    fails(Status.Code.PERMISSION_DENIED, () -> national(officer("an-giang"))
        .listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance()));
    fails(Status.Code.PERMISSION_DENIED, () -> national(ISSUER.nationalToken("PLATFORM_OPS"))
        .listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance()));
    fails(Status.Code.PERMISSION_DENIED, () -> registry(ISSUER.nationalToken("MINISTRY_ADMIN"))
        .listModels(ListModelsRequest.newBuilder().setParent("provinces/an-giang").build()));
  }

  static void fails(Status.Code expected, Runnable call) {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call::run);
    assertThat(error.getStatus().getCode()).isEqualTo(expected);
  }
}

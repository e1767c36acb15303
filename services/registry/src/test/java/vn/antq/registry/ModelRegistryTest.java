package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.registry.v1.CreateGroupRequest;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.CreateReplicationPointRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.GetProvinceCountsRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ListModelsResponse;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.ReplicationPoint;
import vn.antq.registry.v1.Sector;
import vn.antq.registry.v1.UpdateModelRequest;

class ModelRegistryTest extends RegistryTestBase {

  private static final String FISHERMEN = "Tổ ngư dân tự quản về ANTT trên biển";

  @Test
  void createsAModelAndRoundTripsVietnameseAsNfc() {
    String decomposed = Normalizer.normalize(FISHERMEN, Normalizer.Form.NFD);
    Model created = createModel("bac-lieu", "bl-ngudan-" + suffix(), decomposed, Sector.FISHERMEN);

    assertThat(created.getName()).startsWith("provinces/bac-lieu/models/");
    assertThat(created.getDisplayName()).isEqualTo(FISHERMEN);
    assertThat(created.getCode()).isUpperCase();
    assertThat(created.getStatus()).isEqualTo(ModelStatus.DRAFT);
    Model read = registry(officer("bac-lieu")).getModel(GetModelRequest.newBuilder().setName(created.getName()).build());
    assertThat(read.getDisplayName()).isEqualTo(FISHERMEN);
  }

  @Test
  void listsFilterByTextIgnoringDiacriticsAndPage() {
    String province = "list-" + suffix();
    for (int i = 0; i < 5; i++) {
      createModel(province, "C-" + i, "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm " + i, Sector.VETERANS);
    }
    createModel(province, "N-1", FISHERMEN, Sector.FISHERMEN);
    var stub = registry(officer(province));

    ListModelsResponse veterans = stub.listModels(ListModelsRequest.newBuilder()
        .setParent("provinces/" + province).setText("cuu chien binh").setPageSize(3).build());
    assertThat(veterans.getTotalSize()).isEqualTo(5);
    assertThat(veterans.getModelsList()).hasSize(3);
    ListModelsResponse rest = stub.listModels(ListModelsRequest.newBuilder().setParent("provinces/" + province)
        .setText("cuu chien binh").setPageSize(3).setPageToken(veterans.getNextPageToken()).build());
    assertThat(rest.getModelsList()).extracting(Model::getCode).containsExactly("C-3", "C-4");
    assertThat(rest.getNextPageToken()).isEmpty();

    ListModelsResponse fishermen = stub.listModels(ListModelsRequest.newBuilder()
        .setParent("provinces/" + province).setSector(Sector.FISHERMEN).build());
    assertThat(fishermen.getModelsList()).extracting(Model::getDisplayName).containsExactly(FISHERMEN);
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> registry(officer("bac-lieu"))
        .createModel(CreateModelRequest.newBuilder().setParent("provinces/bac-lieu")
            .setModel(Model.newBuilder().setCode("x").setDisplayName("  ").build()).build()));

    assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("model.display_name", "model.sector", "model.code");
  }

  @Test
  void rejectsOverlongNamesAndUnknownSector() {
    StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> registry(officer("bac-lieu"))
        .createModel(CreateModelRequest.newBuilder().setParent("provinces/bac-lieu")
            .setModel(Model.newBuilder().setCode("LONG-" + suffix()).setDisplayName("Tổ".repeat(101))
                .setSectorValue(77).build()).build()));

    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("model.sector");
    StatusRuntimeException tooLong = assertThrows(StatusRuntimeException.class, () -> registry(officer("bac-lieu"))
        .createModel(CreateModelRequest.newBuilder().setParent("provinces/bac-lieu")
            .setModel(Model.newBuilder().setCode("LONG-" + suffix()).setDisplayName("Tổ".repeat(101))
                .setSector(Sector.OTHER).build()).build()));
    assertThat(fieldsOf(tooLong)).containsExactly("model.display_name");
  }

  @Test
  void duplicateCodeIsAlreadyExistsButTheSameRequestIdIsIdempotent() {
    String code = "DUP-" + suffix();
    String requestId = UUID.randomUUID().toString();
    CreateModelRequest request = CreateModelRequest.newBuilder().setParent("provinces/bac-lieu").setRequestId(requestId)
        .setModel(Model.newBuilder().setCode(code).setDisplayName(FISHERMEN).setSector(Sector.FISHERMEN)).build();
    var stub = registry(officer("bac-lieu"));

    Model first = stub.createModel(request);
    Model retried = stub.createModel(request);
    assertThat(retried.getName()).isEqualTo(first.getName());

    StatusRuntimeException duplicate = assertThrows(StatusRuntimeException.class,
        () -> stub.createModel(request.toBuilder().setRequestId("").build()));
    assertThat(duplicate.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(fieldsOf(duplicate)).containsExactly("model.code");
  }

  @Test
  void groupsCountUpStartWithoutMembersAndRejectTypedCountsAndForeignPoints() {
    String province = "grp-" + suffix();
    var stub = registry(officer(province));
    Model a = createModel(province, "GA", FISHERMEN, Sector.FISHERMEN);
    Model b = createModel(province, "GB", "Tổ tự quản dòng tộc về ANTT", Sector.FAMILY_LINEAGE);
    ReplicationPoint point = stub.createReplicationPoint(CreateReplicationPointRequest.newBuilder()
        .setParent(a.getName()).setReplicationPoint(ReplicationPoint.newBuilder().setDisplayName("Điểm Gành Hào")
            .setCommune("Gành Hào").setDistrict("Đông Hải")).build());
    Group group = stub.createGroup(CreateGroupRequest.newBuilder().setParent(point.getName())
        .setGroup(Group.newBuilder().setDisplayName("Tổ 1").setLeaderName("Lâm Văn Hải")).build());
    assertThat(group.getName()).startsWith(point.getName() + "/groups/");
    assertThat(group.getMemberCount()).isZero();
    assertThat(group.getModelCode()).isEqualTo("GA");

    for (int typed : new int[] {17, -1}) {
      StatusRuntimeException counted = assertThrows(StatusRuntimeException.class, () -> stub.createGroup(
          CreateGroupRequest.newBuilder().setParent(point.getName())
              .setGroup(Group.newBuilder().setDisplayName("Tổ 2").setMemberCount(typed)).build()));
      assertThat(fieldsOf(counted)).as("member counts come from memberships").containsExactly("group.member_count");
    }

    String pointUnderB = b.getName() + "/points/" + point.getName().substring(point.getName().lastIndexOf('/') + 1);
    StatusRuntimeException foreign = assertThrows(StatusRuntimeException.class, () -> stub.createGroup(
        CreateGroupRequest.newBuilder().setParent(pointUnderB)
            .setGroup(Group.newBuilder().setDisplayName("Tổ 3").setMemberCount(3)).build()));
    assertThat(foreign.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fieldsOf(foreign)).containsExactly("parent");

    var counts = stub.getProvinceCounts(GetProvinceCountsRequest.newBuilder()
        .setName("provinces/" + province + "/counts").build());
    assertThat(counts.getModels()).isEqualTo(2);
    assertThat(counts.getReplicationPoints()).isEqualTo(1);
    assertThat(counts.getGroups()).isEqualTo(1);
    assertThat(counts.getMembers()).isZero();
    Model reread = stub.getModel(GetModelRequest.newBuilder().setName(a.getName()).build());
    assertThat(reread.getGroupCount()).isEqualTo(1);
    assertThat(reread.getReplicationPointCount()).isEqualTo(1);
  }

  @Test
  void statusMovesForwardOnlyAndUnderReviewOrRetiredNeedTheirRecords() {
    var stub = registry(officer("bac-lieu"));
    Model model = createModel("bac-lieu", "ST-" + suffix(), FISHERMEN, Sector.FISHERMEN);
    Model active = stub.updateModel(UpdateModelRequest.newBuilder()
        .setModel(model.toBuilder().setStatus(ModelStatus.ACTIVE).setDisplayName("ignored"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("status")).build());
    assertThat(active.getStatus()).isEqualTo(ModelStatus.ACTIVE);
    assertThat(active.getDisplayName()).isEqualTo(FISHERMEN);

    for (ModelStatus recorded : List.of(ModelStatus.UNDER_REVIEW, ModelStatus.RETIRED)) {
      StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> stub.updateModel(
          UpdateModelRequest.newBuilder().setModel(model.toBuilder().setStatus(recorded))
              .setUpdateMask(FieldMask.newBuilder().addPaths("status")).build()));
      assertThat(fieldsOf(refused)).containsExactly("model.status");
    }
    StatusRuntimeException back = assertThrows(StatusRuntimeException.class, () -> stub.updateModel(
        UpdateModelRequest.newBuilder().setModel(model.toBuilder().setStatus(ModelStatus.DRAFT))
            .setUpdateMask(FieldMask.newBuilder().addPaths("status")).build()));
    assertThat(back.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    StatusRuntimeException bornRetired = assertThrows(StatusRuntimeException.class, () -> stub.createModel(
        CreateModelRequest.newBuilder().setParent("provinces/bac-lieu").setModel(Model.newBuilder()
            .setCode("ST-" + suffix()).setDisplayName(FISHERMEN).setSector(Sector.FISHERMEN)
            .setStatus(ModelStatus.RETIRED)).build()));
    assertThat(fieldsOf(bornRetired)).containsExactly("model.status");
  }

  Model createModel(String province, String code, String name, Sector sector) {
    return registry(officer(province)).createModel(CreateModelRequest.newBuilder()
        .setParent("provinces/" + province)
        .setModel(Model.newBuilder().setCode(code).setDisplayName(name).setSector(sector)).build());
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

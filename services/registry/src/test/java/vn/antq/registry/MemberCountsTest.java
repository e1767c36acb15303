package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.antq.registry.ModelRegistryTest.suffix;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.antq.registry.v1.BatchGetGroupsRequest;
import vn.antq.registry.v1.CreateGroupRequest;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.CreateReplicationPointRequest;
import vn.antq.registry.v1.GetGroupRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.GetProvinceCountsRequest;
import vn.antq.registry.v1.GetReplicationPointRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.MemberCount;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc.ModelRegistryBlockingStub;
import vn.antq.registry.v1.RefreshMemberCountsRequest;
import vn.antq.registry.v1.ReplicationPoint;
import vn.antq.registry.v1.Sector;

/** Member counts are read from the members service (a stand-in on a real socket), never typed in. */
class MemberCountsTest extends RegistryTestBase {

  @AfterEach
  void reset() {
    MEMBERS.failWith = null;
    MEMBERS.calls.clear();
  }

  @Test
  void refreshKeepsTheMembersServicesCountsAndEveryLevelAddsThemUp() {
    String province = "cnt-" + suffix();
    String token = officer(province);
    Tree tree = tree(province, 2);
    MEMBERS.set(id(tree.groups.get(0)), 12, 3);
    MEMBERS.set(id(tree.groups.get(1)), 5, 1);

    List<MemberCount> kept = registry(token).refreshMemberCounts(RefreshMemberCountsRequest.newBuilder()
        .setParent("provinces/" + province).addGroupIds(id(tree.groups.get(0))).addGroupIds(id(tree.groups.get(1)))
        .build()).getCountsList();

    assertThat(kept).extracting(MemberCount::getMembers).containsExactlyInAnyOrder(12L, 5L);
    assertThat(MEMBERS.calls).singleElement().satisfies(call -> {
      assertThat(call.authorization()).as("the caller's own token is forwarded").isEqualTo("Bearer " + token);
      assertThat(call.request().getParent()).isEqualTo("provinces/" + province);
    });
    var stub = registry(token);
    assertThat(stub.getGroup(GetGroupRequest.newBuilder().setName(tree.groups.get(0).getName()).build())
        .getMemberCount()).isEqualTo(12);
    assertThat(stub.getReplicationPoint(GetReplicationPointRequest.newBuilder().setName(tree.point.getName()).build())
        .getMemberCount()).isEqualTo(17);
    assertThat(stub.getModel(GetModelRequest.newBuilder().setName(tree.model.getName()).build()).getMemberCount())
        .isEqualTo(17);
    assertThat(stub.getProvinceCounts(GetProvinceCountsRequest.newBuilder()
        .setName("provinces/" + province + "/counts").build()).getMembers()).isEqualTo(17);
  }

  @Test
  void anOlderVersionNeverReplacesANewerCount() {
    String province = "ver-" + suffix();
    Tree tree = tree(province, 1);
    String group = id(tree.groups.get(0));
    MEMBERS.set(group, 12, 3);
    refresh(province, group);

    MEMBERS.set(group, 9, 2);
    assertThat(refresh(province, group)).singleElement().satisfies(count -> {
      assertThat(count.getMembers()).isEqualTo(12);
      assertThat(count.getVersion()).isEqualTo(3);
    });

    MEMBERS.set(group, 11, 4);
    assertThat(refresh(province, group)).singleElement().extracting(MemberCount::getMembers).isEqualTo(11L);
  }

  @Test
  void anEmptyRefreshReconcilesEveryGroupOfTheProvince() {
    String province = "all-" + suffix();
    Tree tree = tree(province, 3);
    tree.groups.forEach(g -> MEMBERS.set(id(g), 4, 1));

    List<MemberCount> kept = registry(officer(province)).refreshMemberCounts(RefreshMemberCountsRequest.newBuilder()
        .setParent("provinces/" + province).build()).getCountsList();

    assertThat(kept).extracting(MemberCount::getGroupId)
        .containsExactlyInAnyOrderElementsOf(tree.groups.stream().map(MemberCountsTest::id).toList());
    assertThat(MEMBERS.calls.get(0).request().getGroupIdsList()).hasSize(3);
  }

  @Test
  void whenTheMembersServiceIsDownTheRefreshIsUnavailableAndKeepsTheLastCounts() {
    String province = "down-" + suffix();
    Tree tree = tree(province, 1);
    String group = id(tree.groups.get(0));
    MEMBERS.set(group, 7, 1);
    refresh(province, group);

    MEMBERS.failWith = Status.UNAVAILABLE;
    MEMBERS.set(group, 8, 2);
    fails(Status.Code.UNAVAILABLE, () -> refresh(province, group));
    assertThat(MEMBERS.calls.size()).as("a safe read is retried").isGreaterThan(2);
    assertThat(registry(officer(province)).getGroup(GetGroupRequest.newBuilder()
        .setName(tree.groups.get(0).getName()).build()).getMemberCount()).isEqualTo(7);
  }

  @Test
  void batchGetFindsOnlyTheCallersGroupsByIdAndRejectsMalformedIds() {
    String baclieu = "bg-bl-" + suffix();
    String camau = "bg-cm-" + suffix();
    Tree own = tree(baclieu, 2);
    Tree other = tree(camau, 1);

    List<Group> found = registry(officer(baclieu)).batchGetGroups(BatchGetGroupsRequest.newBuilder()
        .setParent("provinces/" + baclieu).addGroupIds(id(own.groups.get(1))).addGroupIds(id(other.groups.get(0)))
        .addGroupIds(UUID.randomUUID().toString()).build()).getGroupsList();

    assertThat(found).singleElement().satisfies(group -> {
      assertThat(group.getName()).isEqualTo(own.groups.get(1).getName());
      assertThat(group.getModelCode()).isEqualTo(own.model.getCode());
    });
    StatusRuntimeException malformed = assertThrows(StatusRuntimeException.class, () -> registry(officer(baclieu))
        .batchGetGroups(BatchGetGroupsRequest.newBuilder().setParent("provinces/" + baclieu)
            .addGroupIds(id(own.groups.get(0))).addGroupIds("tổ-1").build()));
    assertThat(fieldsOf(malformed)).containsExactly("group_ids[1]");
  }

  @Test
  void noProvinceRefreshesOrListsAnothersGroups() {
    String baclieu = "iso-bl-" + suffix();
    Tree own = tree(baclieu, 1);
    var camau = registry(officer("ca-mau"));

    fails(Status.Code.PERMISSION_DENIED, () -> camau.refreshMemberCounts(RefreshMemberCountsRequest.newBuilder()
        .setParent("provinces/" + baclieu).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> camau.batchGetGroups(BatchGetGroupsRequest.newBuilder()
        .setParent("provinces/" + baclieu).addGroupIds(id(own.groups.get(0))).build()));
    assertThat(camau.batchGetGroups(BatchGetGroupsRequest.newBuilder().setParent("provinces/ca-mau")
        .addGroupIds(id(own.groups.get(0))).build()).getGroupsList()).isEmpty();
    assertThat(MEMBERS.calls).isEmpty();
  }

  private List<MemberCount> refresh(String province, String group) {
    return registry(officer(province)).refreshMemberCounts(RefreshMemberCountsRequest.newBuilder()
        .setParent("provinces/" + province).addGroupIds(group).build()).getCountsList();
  }

  record Tree(Model model, ReplicationPoint point, List<Group> groups) {}

  private Tree tree(String province, int groups) {
    ModelRegistryBlockingStub stub = registry(officer(province));
    Model model = stub.createModel(CreateModelRequest.newBuilder().setParent("provinces/" + province)
        .setModel(Model.newBuilder().setCode("M-" + suffix().toUpperCase()).setDisplayName("Tổ tự quản dòng tộc về ANTT")
            .setSector(Sector.FAMILY_LINEAGE)).build());
    ReplicationPoint point = stub.createReplicationPoint(CreateReplicationPointRequest.newBuilder()
        .setParent(model.getName()).setReplicationPoint(ReplicationPoint.newBuilder().setDisplayName("Điểm Vĩnh Hậu")
            .setCommune("Xã Vĩnh Hậu").setDistrict("Huyện Hòa Bình")).build());
    List<Group> created = new java.util.ArrayList<>();
    for (int i = 1; i <= groups; i++) {
      created.add(stub.createGroup(CreateGroupRequest.newBuilder().setParent(point.getName())
          .setGroup(Group.newBuilder().setDisplayName("Tổ " + i)).build()));
    }
    return new Tree(model, point, created);
  }

  static String id(Group group) {
    return group.getName().substring(group.getName().lastIndexOf('/') + 1);
  }
}

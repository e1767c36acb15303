package vn.antq.members;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.antq.members.v1.CountMembersRequest;
import vn.antq.members.v1.CreateMembershipRequest;
import vn.antq.members.v1.CreatePersonRequest;
import vn.antq.members.v1.ListMembershipChangesRequest;
import vn.antq.members.v1.ListMembershipsRequest;
import vn.antq.members.v1.MemberRole;
import vn.antq.members.v1.Membership;
import vn.antq.members.v1.MembershipChange;
import vn.antq.members.v1.MembershipStatus;
import vn.antq.members.v1.Person;
import vn.antq.members.v1.UpdateMembershipRequest;

/** Memberships in registry groups, their history, and the registry's counts that follow them. */
class MembershipsTest extends MembersTestBase {

  private static final LocalDate JOINED = LocalDate.of(2023, 5, 1);

  @Test
  void aPersonJoinsSeveralGroupsAndTheRegistryCountsFollow() {
    String province = province("join");
    String fishermen = REGISTRY.addGroup(province, "BL-NGUDAN");
    String veterans = REGISTRY.addGroup(province, "BL-CCB-PCTP");
    Person person = person(province);

    Membership first = join(province, person, fishermen, MemberRole.LEADER);
    join(province, person, veterans, MemberRole.MEMBER);

    assertThat(first.getGroup()).isEqualTo(fishermen);
    assertThat(first.getModel()).isEqualTo(fishermen.substring(0, fishermen.indexOf("/points/")));
    assertThat(first.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(members(officer(province)).listMemberships(ListMembershipsRequest.newBuilder()
        .setParent(person.getName()).build()).getMembershipsList()).hasSize(2);
    assertThat(REGISTRY.keptCount(fishermen)).isEqualTo(1);
    assertThat(REGISTRY.keptCount(veterans)).isEqualTo(1);
    var counts = members(officer(province)).countMembers(CountMembersRequest.newBuilder()
        .setParent("provinces/" + province).build());
    assertThat(counts.getActiveMemberships()).isEqualTo(2);
    assertThat(counts.getMembers()).isEqualTo(1);
  }

  @Test
  void groupsAreCheckedWithTheRegistry() {
    String province = province("chk");
    Person person = person(province);
    String unknown = "provinces/" + province + "/models/" + java.util.UUID.randomUUID() + "/points/"
        + java.util.UUID.randomUUID() + "/groups/" + java.util.UUID.randomUUID();
    String elsewhere = REGISTRY.addGroup("ca-mau", "CM-RUNGNM");

    var missing = fails(Status.Code.INVALID_ARGUMENT, () -> join(province, person, unknown, MemberRole.MEMBER));
    assertThat(fieldsOf(missing)).containsExactly("membership.group");
    fails(Status.Code.PERMISSION_DENIED, () -> join(province, person, elsewhere, MemberRole.MEMBER));
    var malformed = fails(Status.Code.INVALID_ARGUMENT, () -> join(province, person, "Tổ 1", MemberRole.MEMBER));
    assertThat(fieldsOf(malformed)).containsExactly("membership.group");
  }

  @Test
  void onceAtATimeInAGroupAndOneLeaderPerGroup() {
    String province = province("once");
    String group = REGISTRY.addGroup(province, "BL-DONGTOC");
    Person a = person(province);
    Person b = person(province);
    join(province, a, group, MemberRole.LEADER);

    var twice = fails(Status.Code.ALREADY_EXISTS, () -> join(province, a, group, MemberRole.MEMBER));
    assertThat(fieldsOf(twice)).containsExactly("membership.group");
    var secondLeader = fails(Status.Code.ALREADY_EXISTS, () -> join(province, b, group, MemberRole.LEADER));
    assertThat(fieldsOf(secondLeader)).containsExactly("membership.role");
    assertThat(REGISTRY.keptCount(group)).isEqualTo(1);
  }

  @Test
  void leavingIsAChangeKeptInTheHistoryAndTheCountDrops() {
    String province = province("left");
    String group = REGISTRY.addGroup(province, "BL-GIAODAN");
    Person person = person(province);
    Membership membership = join(province, person, group, MemberRole.DEPUTY);
    var stub = members(officer(province));

    var noDate = fails(Status.Code.INVALID_ARGUMENT, () -> stub.updateMembership(UpdateMembershipRequest.newBuilder()
        .setMembership(membership.toBuilder().setStatus(MembershipStatus.LEFT))
        .setUpdateMask(FieldMask.newBuilder().addPaths("status")).build()));
    assertThat(fieldsOf(noDate)).containsExactly("membership.left_date");
    Membership left = stub.updateMembership(UpdateMembershipRequest.newBuilder()
        .setMembership(membership.toBuilder().setStatus(MembershipStatus.LEFT)
            .setLeftDate(People.date(LocalDate.of(2024, 2, 29))))
        .setUpdateMask(FieldMask.newBuilder().addPaths("status").addPaths("left_date")).build());

    assertThat(left.getStatus()).isEqualTo(MembershipStatus.LEFT);
    assertThat(REGISTRY.keptCount(group)).isZero();
    List<MembershipChange> history = stub.listMembershipChanges(ListMembershipChangesRequest.newBuilder()
        .setParent(membership.getName()).build()).getChangesList();
    assertThat(history).extracting(MembershipChange::getSequence).containsExactly(1, 2);
    assertThat(history).extracting(MembershipChange::getStatus)
        .containsExactly(MembershipStatus.ACTIVE, MembershipStatus.LEFT);
    assertThat(history.get(0).getRole()).isEqualTo(MemberRole.DEPUTY);
    assertThat(history).allMatch(change -> change.getActor().equals(province + "-user") && change.getSource().equals("api"));

    Membership back = stub.updateMembership(UpdateMembershipRequest.newBuilder()
        .setMembership(left.toBuilder().setStatus(MembershipStatus.ACTIVE))
        .setUpdateMask(FieldMask.newBuilder().addPaths("status")).build());
    assertThat(back.hasLeftDate()).isFalse();
    assertThat(REGISTRY.keptCount(group)).isEqualTo(1);
  }

  @Test
  void whenTheRegistryIsDownNothingIsJoinedWithoutItsCheckAndCountsCatchUpLater() {
    String province = province("down");
    String group = REGISTRY.addGroup(province, "BL-TUYENKENH");
    String other = REGISTRY.addGroup(province, "BL-TUYENKENH");
    Person person = person(province);

    REGISTRY.lookupsFailWith = Status.UNAVAILABLE;
    fails(Status.Code.UNAVAILABLE, () -> join(province, person, group, MemberRole.MEMBER));
    REGISTRY.reset();
    assertThat(members(officer(province)).listMemberships(ListMembershipsRequest.newBuilder()
        .setParent(person.getName()).build()).getMembershipsList()).isEmpty();

    REGISTRY.refreshFailsWith = Status.UNAVAILABLE;
    join(province, person, group, MemberRole.MEMBER);
    assertThat(REGISTRY.keptCount(group)).as("registry unreachable: count pending").isZero();
    REGISTRY.reset();
    join(province, person(province), other, MemberRole.MEMBER);
    assertThat(REGISTRY.keptCount(group)).as("published with the next change").isEqualTo(1);
    assertThat(REGISTRY.keptCount(other)).isEqualTo(1);
  }

  @Test
  void concurrentJoinsLeaveTheCountExact() throws Exception {
    String province = province("race");
    String group = REGISTRY.addGroup(province, "BL-SXSD");
    List<Person> persons = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      persons.add(person(province));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Membership>> joins = new ArrayList<>();
      persons.forEach(p -> joins.add(pool.submit(() -> join(province, p, group, MemberRole.MEMBER))));
      for (Future<Membership> join : joins) {
        join.get();
      }
    } finally {
      pool.shutdown();
    }
    var count = members(officer(province)).countMembers(CountMembersRequest.newBuilder()
        .setParent("provinces/" + province).addGroupIds(FakeRegistry.id(group)).build()).getGroups(0);
    assertThat(count.getActiveMembers()).isEqualTo(12);
    assertThat(count.getVersion()).isEqualTo(12);
    assertThat(REGISTRY.keptCount(group)).isEqualTo(12);
  }

  private Person person(String province) {
    return members(officer(province)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + province).setPerson(People.somebody()).build());
  }

  private Membership join(String province, Person person, String group, MemberRole role) {
    return members(officer(province)).createMembership(CreateMembershipRequest.newBuilder()
        .setParent(person.getName())
        .setMembership(Membership.newBuilder().setGroup(group).setRole(role).setJoinedDate(People.date(JOINED)))
        .build());
  }
}

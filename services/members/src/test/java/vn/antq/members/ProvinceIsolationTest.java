package vn.antq.members;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.antq.members.v1.CountMembersRequest;
import vn.antq.members.v1.CreateImportRequest;
import vn.antq.members.v1.CreateMembershipRequest;
import vn.antq.members.v1.CreatePersonRequest;
import vn.antq.members.v1.GetImportRequest;
import vn.antq.members.v1.GetPersonRequest;
import vn.antq.members.v1.ListPersonsRequest;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.members.v1.Membership;
import vn.antq.members.v1.Person;
import vn.antq.members.v1.UpdatePersonRequest;

/** The service's own lock: it does not rely on the gateway having checked anything. */
class ProvinceIsolationTest extends MembersTestBase {

  @Test
  void aProvinceCannotSeeSearchChangeImportIntoOrCountAnothersMembers() {
    String baclieu = province("iso-bl");
    String camau = province("iso-cm");
    String group = REGISTRY.addGroup(baclieu, "BL-NGUDAN");
    Person person = members(officer(baclieu)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + baclieu).setPerson(People.somebody()).build());
    members(officer(baclieu)).createMembership(CreateMembershipRequest.newBuilder().setParent(person.getName())
        .setMembership(Membership.newBuilder().setGroup(group).setJoinedDate(People.date(LocalDate.of(2022, 1, 1))))
        .build());
    var intruder = members(officer(camau));

    fails(Status.Code.PERMISSION_DENIED, () -> intruder.getPerson(GetPersonRequest.newBuilder()
        .setName(person.getName()).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> intruder.listPersons(ListPersonsRequest.newBuilder()
        .setParent("provinces/" + baclieu).setText("nguyen").build()));
    fails(Status.Code.PERMISSION_DENIED, () -> intruder.updatePerson(UpdatePersonRequest.newBuilder()
        .setPerson(person.toBuilder().setPhone("0900000000")).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> intruder.countMembers(CountMembersRequest.newBuilder()
        .setParent("provinces/" + baclieu).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> imports(officer(camau)).createImport(CreateImportRequest.newBuilder()
        .setParent("provinces/" + baclieu).setContent(ByteString.copyFrom("x", StandardCharsets.UTF_8)).build()));

    String guessed = person.getName().replace("provinces/" + baclieu, "provinces/" + camau);
    fails(Status.Code.NOT_FOUND, () -> intruder.getPerson(GetPersonRequest.newBuilder().setName(guessed).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> intruder.listPersons(ListPersonsRequest.newBuilder()
        .setParent("provinces/" + camau).setGroup(group).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> members(admin(camau)).listAccessRecords(
        vn.antq.members.v1.ListAccessRecordsRequest.newBuilder().setParent("provinces/" + camau)
            .setPerson(person.getName()).build()));
    assertThat(intruder.listPersons(ListPersonsRequest.newBuilder().setParent("provinces/" + camau).build())
        .getTotalSize()).isZero();
    assertThat(intruder.countMembers(CountMembersRequest.newBuilder().setParent("provinces/" + camau)
        .addGroupIds(FakeRegistry.id(group)).build()).getGroups(0).getActiveMembers()).isZero();
  }

  @Test
  void anImportIsReadOnlyInItsProvince() {
    String baclieu = province("imp-bl");
    var started = imports(officer(baclieu)).createImport(CreateImportRequest.newBuilder()
        .setParent("provinces/" + baclieu).setDryRun(true)
        .setContent(ByteString.copyFrom("Họ và tên\r\nA\r\n", StandardCharsets.UTF_8)).build());

    fails(Status.Code.PERMISSION_DENIED, () -> imports(officer("ca-mau")).getImport(GetImportRequest.newBuilder()
        .setName(started.getName()).build()));
  }

  @Test
  void badTokensAndOtherRolesAreRefused() {
    String path = "provinces/bac-lieu";
    for (String token : new String[] {
        ISSUER.expiredProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        ISSUER.unsignedProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        ISSUER.forgedProvinceToken("bac-lieu", "PROVINCE_OFFICER"),
        "not-a-jwt"}) {
      fails(Status.Code.UNAUTHENTICATED, () -> members(token).listPersons(ListPersonsRequest.newBuilder()
          .setParent(path).build()));
    }
    fails(Status.Code.UNAUTHENTICATED, () -> MembersGrpc.newBlockingStub(channel)
        .listPersons(ListPersonsRequest.newBuilder().setParent(path).build()));
    for (String role : new String[] {"MINISTRY_ANALYST", "MINISTRY_ADMIN", "PLATFORM_OPS"}) {
      fails(Status.Code.PERMISSION_DENIED, () -> members(ISSUER.nationalToken(role))
          .listPersons(ListPersonsRequest.newBuilder().setParent(path).build()));
    }
  }
}

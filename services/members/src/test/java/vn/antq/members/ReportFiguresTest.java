package vn.antq.members;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.bearer;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import io.grpc.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.antq.members.v1.CreateMembershipRequest;
import vn.antq.members.v1.CreatePersonRequest;
import vn.antq.members.v1.ListModelMemberFiguresRequest;
import vn.antq.members.v1.ListProvinceMemberTotalsRequest;
import vn.antq.members.v1.MemberRole;
import vn.antq.members.v1.Membership;
import vn.antq.members.v1.ModelMemberFigures;
import vn.antq.members.v1.NationalMembersGrpc;
import vn.antq.members.v1.Person;
import vn.antq.members.v1.ProvinceMemberTotals;

/**
 * The figures the registry reads for national reports: a province's models (its own token, its own
 * province only) and, for the Ministry only, every province's totals, audited before they are read.
 */
class ReportFiguresTest extends MembersTestBase {

  private static final LocalDate EARLY = LocalDate.of(2024, 2, 10);
  private static final LocalDate IN_PERIOD = LocalDate.of(2025, 8, 20);

  @Test
  void aProvinceReadsMembersOfItsModelsAndThoseWhoJoinedInThePeriod() {
    String province = province("rf");
    String group = REGISTRY.addGroup(province, "RF-1");
    String model = modelId(group);
    join(province, person(province), group, MemberRole.LEADER, EARLY);
    join(province, person(province), group, MemberRole.MEMBER, IN_PERIOD);
    Person both = person(province);
    join(province, both, group, MemberRole.MEMBER, IN_PERIOD);
    join(province, both, REGISTRY.addGroup(province, "RF-1"), MemberRole.MEMBER, IN_PERIOD);
    String unknown = java.util.UUID.randomUUID().toString();

    var answer = members(officer(province)).listModelMemberFigures(request(province, model, unknown));

    assertThat(answer.getModelsList()).extracting(ModelMemberFigures::getModelId).containsExactly(model, unknown);
    assertThat(answer.getModels(0).getMembers()).isEqualTo(3);
    assertThat(answer.getModels(0).getJoinedInPeriod()).isEqualTo(2);
    assertThat(answer.getModels(1).getMembers()).isZero();

    String other = province("rf-other");
    assertThat(members(officer(other)).listModelMemberFigures(request(other, model)).getModels(0).getMembers())
        .as("another province's token sees none of them").isZero();
    fails(Status.Code.PERMISSION_DENIED,
        () -> members(officer(other)).listModelMemberFigures(request(province, model)));
    fails(Status.Code.PERMISSION_DENIED,
        () -> members(ISSUER.nationalToken("MINISTRY_ANALYST")).listModelMemberFigures(request(province, model)));
    assertThat(fieldsOf(fails(Status.Code.INVALID_ARGUMENT,
        () -> members(officer(province)).listModelMemberFigures(request(province, "not-a-uuid")))))
        .containsExactly("model_ids[0]");
    assertThat(fieldsOf(fails(Status.Code.INVALID_ARGUMENT,
        () -> members(officer(province)).listModelMemberFigures(ListModelMemberFiguresRequest.newBuilder()
            .setParent("provinces/" + province).setPeriodStart(People.date(IN_PERIOD))
            .setPeriodEnd(People.date(EARLY)).build())))).containsExactlyInAnyOrder("model_ids", "period_end");
  }

  @Test
  void theMinistryReadsEveryProvincesTotalsOnRecordAndProvincesCannot() {
    String first = province("nt-a");
    String second = province("nt-b");
    String group = REGISTRY.addGroup(first, "NT-1");
    join(first, person(first), group, MemberRole.LEADER, EARLY);
    join(first, person(first), group, MemberRole.MEMBER, EARLY);
    person(first);
    join(second, person(second), REGISTRY.addGroup(second, "NT-2"), MemberRole.LEADER, EARLY);
    int auditedBefore = audited("ListProvinceMemberTotals");

    var totals = national(ISSUER.nationalToken("MINISTRY_ANALYST"))
        .listProvinceMemberTotals(ListProvinceMemberTotalsRequest.getDefaultInstance()).getProvincesList();

    ProvinceMemberTotals a = totals.stream().filter(t -> t.getProvince().equals(first)).findFirst().orElseThrow();
    assertThat(a.getPersons()).isEqualTo(3);
    assertThat(a.getMembers()).isEqualTo(2);
    assertThat(a.getActiveMemberships()).isEqualTo(2);
    assertThat(totals).filteredOn(t -> t.getProvince().equals(second)).singleElement()
        .satisfies(b -> assertThat(b.getMembers()).isEqualTo(1));
    assertThat(audited("ListProvinceMemberTotals")).as("audited before it ran").isEqualTo(auditedBefore + 1);

    for (String token : new String[] {officer(first), admin(first)}) {
      fails(Status.Code.PERMISSION_DENIED,
          () -> national(token).listProvinceMemberTotals(ListProvinceMemberTotalsRequest.getDefaultInstance()));
    }
    assertThat(ownerDatabase().queryForObject(
        "SELECT count(*) FROM national_audit WHERE method LIKE '%ListProvinceMemberTotals' AND NOT allowed"
            + " AND caller_province = ?", Integer.class, first)).isEqualTo(2);
  }

  @Test
  void theNationalRoleCountsPersonsButCannotReadThem() {
    JdbcTemplate owner = ownerDatabase();
    String national = DATABASE.nationalRole();
    Boolean canReadNames = owner.queryForObject("SELECT has_column_privilege(?, 'person', 'full_name', 'SELECT')",
        Boolean.class, national);
    Boolean canCount = owner.queryForObject("SELECT has_column_privilege(?, 'person', 'province', 'SELECT')",
        Boolean.class, national);
    Boolean canWriteAudit = owner.queryForObject("SELECT has_table_privilege(?, 'national_audit', 'INSERT')",
        Boolean.class, national);
    assertThat(canReadNames).isFalse();
    assertThat(canCount).isTrue();
    assertThat(canWriteAudit).as("the national role only reads").isFalse();
  }

  private int audited(String method) {
    return ownerDatabase().queryForObject(
        "SELECT count(*) FROM national_audit WHERE method LIKE ? AND allowed", Integer.class, "%" + method);
  }

  private static JdbcTemplate ownerDatabase() {
    return new JdbcTemplate(new DriverManagerDataSource(DATABASE.jdbcUrl(), DATABASE.ownerUser(),
        DATABASE.ownerPassword()));
  }

  private NationalMembersGrpc.NationalMembersBlockingStub national(String token) {
    return NationalMembersGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  private static ListModelMemberFiguresRequest request(String province, String... models) {
    return ListModelMemberFiguresRequest.newBuilder().setParent("provinces/" + province)
        .addAllModelIds(java.util.List.of(models))
        .setPeriodStart(People.date(LocalDate.of(2025, 7, 1))).setPeriodEnd(People.date(LocalDate.of(2025, 9, 30)))
        .build();
  }

  private static String modelId(String group) {
    return group.split("/")[3];
  }

  private Person person(String province) {
    return members(officer(province)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + province).setPerson(People.somebody()).build());
  }

  private void join(String province, Person person, String group, MemberRole role, LocalDate joined) {
    members(officer(province)).createMembership(CreateMembershipRequest.newBuilder()
        .setParent(person.getName())
        .setMembership(Membership.newBuilder().setGroup(group).setRole(role).setJoinedDate(People.date(joined)))
        .build());
  }
}

package vn.antq.members;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.members.protect.FieldCipher;
import vn.antq.members.protect.KeyRing;
import vn.antq.members.protect.Sealed;
import vn.antq.members.v1.AccessRecord;
import vn.antq.members.v1.CreatePersonRequest;
import vn.antq.members.v1.GetPersonRequest;
import vn.antq.members.v1.ListAccessRecordsRequest;
import vn.antq.members.v1.ListPersonsRequest;
import vn.antq.members.v1.Person;
import vn.antq.members.v1.PersonView;

/** Decree 13 data: encrypted at rest, shown only on a stated purpose and the right role, every look recorded. */
class SensitiveDataTest extends MembersTestBase {

  private static final String PURPOSE = "Xác minh hồ sơ đề nghị khen thưởng";

  @Test
  void theSensitiveViewNeedsAPurposeShowsTheDataKeepsTheIdMaskedAndIsRecorded() {
    String province = province("sens");
    Person created = create(province);
    var officer = members(officer(province));

    var noPurpose = fails(Status.Code.INVALID_ARGUMENT, () -> officer.getPerson(GetPersonRequest.newBuilder()
        .setName(created.getName()).setView(PersonView.SENSITIVE).build()));
    assertThat(fieldsOf(noPurpose)).containsExactly("purpose");

    Person sensitive = officer.getPerson(GetPersonRequest.newBuilder().setName(created.getName())
        .setView(PersonView.SENSITIVE).setPurpose(PURPOSE).build());
    assertThat(sensitive.getSensitive().getEthnicity()).isEqualTo("Khmer");
    assertThat(sensitive.getSensitive().getReligion()).isEqualTo("Phật giáo");
    assertThat(sensitive.getSensitive().getReformedOffender()).isTrue();
    assertThat(sensitive.getNationalId()).contains("******");

    List<AccessRecord> records = records(province, created.getName());
    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.getView()).isEqualTo(PersonView.SENSITIVE);
      assertThat(record.getPurpose()).isEqualTo(PURPOSE);
      assertThat(record.getActor()).isEqualTo(province + "-user");
      assertThat(record.getOperation()).isEqualTo("GetPerson");
      assertThat(record.hasAccessTime()).isTrue();
    });
  }

  @Test
  void onlyAnAllowedRoleSeesTheNationalIdInFull() {
    String province = province("full");
    Person input = People.somebody().build();
    Person created = members(officer(province)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + province).setPerson(input).build());
    GetPersonRequest full = GetPersonRequest.newBuilder().setName(created.getName()).setView(PersonView.FULL)
        .setPurpose(PURPOSE).build();

    fails(Status.Code.PERMISSION_DENIED, () -> members(officer(province)).getPerson(full));
    fails(Status.Code.INVALID_ARGUMENT, () -> members(admin(province)).getPerson(full.toBuilder().setPurpose("").build()));
    Person unmasked = members(admin(province)).getPerson(full);

    assertThat(unmasked.getNationalId()).isEqualTo(input.getNationalId());
    assertThat(unmasked.getSensitive().getEthnicity()).isEqualTo("Khmer");
    assertThat(records(province, created.getName())).extracting(AccessRecord::getView).containsExactly(PersonView.FULL);
  }

  @Test
  void aListInAWiderViewRecordsEveryPersonItShowsAndTheBasicViewRecordsNothing() {
    String province = province("list");
    Person a = create(province);
    Person b = create(province);
    var officer = members(officer(province));

    officer.listPersons(ListPersonsRequest.newBuilder().setParent("provinces/" + province).build());
    assertThat(records(province, "")).isEmpty();
    var shown = officer.listPersons(ListPersonsRequest.newBuilder().setParent("provinces/" + province)
        .setView(PersonView.SENSITIVE).setPurpose(PURPOSE).build());

    assertThat(shown.getPersonsList()).allMatch(Person::hasSensitive);
    assertThat(records(province, "")).extracting(AccessRecord::getPerson)
        .containsExactlyInAnyOrder(a.getName(), b.getName());
    fails(Status.Code.PERMISSION_DENIED, () -> officer.listAccessRecords(ListAccessRecordsRequest.newBuilder()
        .setParent("provinces/" + province).build()));
  }

  @Test
  void theDatabaseHoldsNoNationalIdNorSensitiveValueInClear() {
    String province = province("rest");
    Person input = People.somebody().build();
    members(officer(province)).createPerson(CreatePersonRequest.newBuilder().setParent("provinces/" + province)
        .setPerson(input).build());

    Map<String, Object> row = asOwner().queryForMap("SELECT * FROM person WHERE province = ?", province);
    String everything = row.values().stream().map(value -> value instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value)).reduce("", String::concat);
    assertThat(everything).doesNotContain(input.getNationalId(), "Khmer", "Phật giáo");
    assertThat(row.get("national_id_key")).isEqualTo("t-2026");
    assertThat((byte[]) row.get("national_id_hash")).hasSize(32);
  }

  @Test
  void aValueSealedWithAnOlderKeyStaysReadableAndMovesToTheActiveKeyOnUpdate() {
    String province = province("rot");
    Person input = People.somebody().build();
    Person created = members(officer(province)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + province).setPerson(input).build());
    String id = created.getName().substring(created.getName().lastIndexOf('/') + 1);
    // As the service sealed it before the rotation: with t-2025, then the active key.
    FieldCipher before = new FieldCipher(KeyRing.parse(
        "t-2025:dGVzdC1rZXktMjAyNS1mb3ItdGVzdHMtb25seS0zMmI=", "t-2025"));
    Sealed old = before.seal(input.getNationalId().getBytes(StandardCharsets.UTF_8),
        "antq.members/person/" + province + "/" + id + "/national_id");
    asOwner().update("UPDATE person SET national_id_key = ?, national_id_cipher = ? WHERE id = ?::uuid",
        old.keyId(), old.bytes(), id);

    GetPersonRequest full = GetPersonRequest.newBuilder().setName(created.getName()).setView(PersonView.FULL)
        .setPurpose(PURPOSE).build();
    assertThat(members(admin(province)).getPerson(full).getNationalId()).isEqualTo(input.getNationalId());
    members(officer(province)).updatePerson(vn.antq.members.v1.UpdatePersonRequest.newBuilder()
        .setPerson(created.toBuilder().setPhone("0911111111"))
        .setUpdateMask(com.google.protobuf.FieldMask.newBuilder().addPaths("phone")).build());

    assertThat(asOwner().queryForObject("SELECT national_id_key FROM person WHERE id = ?::uuid", String.class, id))
        .isEqualTo("t-2026");
    assertThat(members(admin(province)).getPerson(full).getNationalId()).isEqualTo(input.getNationalId());
  }

  private Person create(String province) {
    return members(officer(province)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + province).setPerson(People.somebody()).build());
  }

  private List<AccessRecord> records(String province, String person) {
    return members(admin(province)).listAccessRecords(ListAccessRecordsRequest.newBuilder()
        .setParent("provinces/" + province).setPerson(person).build()).getRecordsList();
  }

  /** The table owner (migrations), which row-level security does not restrict. */
  private static JdbcTemplate asOwner() {
    return new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
        DATABASE.jdbcUrl(), DATABASE.ownerUser(), DATABASE.ownerPassword()));
  }
}

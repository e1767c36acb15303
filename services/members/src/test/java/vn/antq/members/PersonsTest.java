package vn.antq.members;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.members.v1.CreatePersonRequest;
import vn.antq.members.v1.Gender;
import vn.antq.members.v1.GetPersonRequest;
import vn.antq.members.v1.Person;
import vn.antq.members.v1.UpdatePersonRequest;

class PersonsTest extends MembersTestBase {

  private static final String NAME = "Nguyễn Thị Ánh Hồng";

  @Test
  void aPersonIsStoredInNfcAndItsNationalIdNeverLeavesUnmasked() {
    String province = province("p");
    Person input = People.person(Normalizer.normalize(NAME, Normalizer.Form.NFD), LocalDate.of(1985, 7, 2),
        Gender.FEMALE).build();

    Person created = members(officer(province)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + province).setPerson(input).build());

    assertThat(created.getName()).startsWith("provinces/" + province + "/persons/");
    assertThat(created.getFullName()).isEqualTo(NAME);
    assertThat(created.getNationalId()).isEqualTo(input.getNationalId().substring(0, 4) + "******"
        + input.getNationalId().substring(10));
    assertThat(created.getPhone()).isEqualTo("0912345678");
    assertThat(created.hasSensitive()).as("sensitive data only in wider views").isFalse();
    Person read = members(officer(province)).getPerson(GetPersonRequest.newBuilder().setName(created.getName()).build());
    assertThat(read.getFullName()).isEqualTo(NAME);
    assertThat(read.getNationalId()).isEqualTo(created.getNationalId());
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    String province = province("inv");
    Person bad = People.somebody()
        .setNationalId("95123456789")
        .setBirthDate(People.date(LocalDate.now().plusDays(3)))
        .setPhone("12345")
        .setCommune("  ")
        .setFullName("Nguyễn Văn 4")
        .build();

    var error = fails(Status.Code.INVALID_ARGUMENT, () -> members(officer(province)).createPerson(
        CreatePersonRequest.newBuilder().setParent("provinces/" + province).setPerson(bad).build()));

    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("person.national_id", "person.birth_date", "person.phone",
        "person.commune", "person.full_name");
  }

  @Test
  void theNationalIdPrefixMustMatchAProvinceTheCenturyGenderAndTheBirthYear() {
    String province = province("cccd");
    LocalDate born = LocalDate.of(2001, 1, 20);
    String[] wrong = {
        "000301123456",  // no province has code 000
        "095201123456",  // 2 = a man born 2000-2099, but she is a woman
        "095399123456"}; // born 2001, not 1999
    for (String nationalId : wrong) {
      var error = fails(Status.Code.INVALID_ARGUMENT, () -> members(officer(province)).createPerson(
          CreatePersonRequest.newBuilder().setParent("provinces/" + province)
              .setPerson(People.person("Lê Thị Mai", born, Gender.FEMALE).setNationalId(nationalId)).build()));
      assertThat(fieldsOf(error)).as(nationalId).containsExactly("person.national_id");
    }
    Person ok = members(officer(province)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + province)
        .setPerson(People.person("Lê Thị Mai", born, Gender.FEMALE).setNationalId("095301123456")).build());
    assertThat(ok.getNationalId()).isEqualTo("0953******56");
  }

  @Test
  void anImplausibleBirthDateIsRefused() {
    String province = province("old");
    for (LocalDate born : new LocalDate[] {LocalDate.of(1890, 1, 1), LocalDate.now().minusYears(5)}) {
      var error = fails(Status.Code.INVALID_ARGUMENT, () -> members(officer(province)).createPerson(
          CreatePersonRequest.newBuilder().setParent("provinces/" + province)
              .setPerson(People.person("Trần Văn Bảy", born, Gender.MALE)).build()));
      assertThat(fieldsOf(error)).contains("person.birth_date");
    }
  }

  @Test
  void aNationalIdIsUniqueInItsProvinceOnlyAndARetryReturnsTheFirstPerson() {
    String baclieu = province("uniq-bl");
    String camau = province("uniq-cm");
    Person person = People.somebody().build();
    String requestId = UUID.randomUUID().toString();
    CreatePersonRequest request = CreatePersonRequest.newBuilder().setParent("provinces/" + baclieu)
        .setPerson(person).setRequestId(requestId).build();

    Person first = members(officer(baclieu)).createPerson(request);
    assertThat(members(officer(baclieu)).createPerson(request).getName()).isEqualTo(first.getName());
    var duplicate = fails(Status.Code.ALREADY_EXISTS, () -> members(officer(baclieu))
        .createPerson(request.toBuilder().setRequestId("").build()));
    assertThat(fieldsOf(duplicate)).containsExactly("person.national_id");
    assertThat(duplicate.getStatus().getDescription()).doesNotContain(person.getNationalId());

    Person elsewhere = members(officer(camau)).createPerson(CreatePersonRequest.newBuilder()
        .setParent("provinces/" + camau).setPerson(person).build());
    assertThat(elsewhere.getName()).startsWith("provinces/" + camau);
  }

  @Test
  void updatesChangeOnlyTheMaskedFieldsAndNeverTheCardsData() {
    String province = province("upd");
    var stub = members(officer(province));
    Person created = stub.createPerson(CreatePersonRequest.newBuilder().setParent("provinces/" + province)
        .setPerson(People.somebody()).build());

    Person updated = stub.updatePerson(UpdatePersonRequest.newBuilder()
        .setPerson(created.toBuilder().setPhone("+84 987 654 321").setCommune("Phường Nhà Mát").setFullName("ignored"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("phone").addPaths("commune")).build());
    assertThat(updated.getPhone()).isEqualTo("0987654321");
    assertThat(updated.getCommune()).isEqualTo("Phường Nhà Mát");
    assertThat(updated.getFullName()).isEqualTo(created.getFullName());

    var fixed = fails(Status.Code.INVALID_ARGUMENT, () -> stub.updatePerson(UpdatePersonRequest.newBuilder()
        .setPerson(created.toBuilder().setBirthDate(People.date(LocalDate.of(1990, 1, 1))))
        .setUpdateMask(FieldMask.newBuilder().addPaths("birth_date")).build()));
    assertThat(fieldsOf(fixed)).containsExactly("update_mask");
  }
}

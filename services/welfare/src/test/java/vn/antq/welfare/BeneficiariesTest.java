package vn.antq.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.invalidFields;

import io.grpc.Status;
import java.text.Normalizer;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.welfare.v1.Beneficiary;
import vn.antq.welfare.v1.BeneficiaryType;
import vn.antq.welfare.v1.CreateBeneficiaryRequest;
import vn.antq.welfare.v1.Disclosure;
import vn.antq.welfare.v1.GetBeneficiaryRequest;
import vn.antq.welfare.v1.ListBeneficiariesRequest;
import vn.antq.welfare.v1.ListDisclosuresRequest;
import vn.antq.welfare.v1.RevealBeneficiaryRequest;

class BeneficiariesTest extends WelfareTestBase {

  private static final String PURPOSE = "Xác minh hồ sơ hỗ trợ xây nhà tình thương";

  @Test
  void everyOrdinaryReadIsMaskedTheCreateToo() {
    String province = freshProvince();
    String nationalId = Samples.digits(12);
    Beneficiary created = create(province, Samples.household().setNationalId(nationalId)
        .setFullName(Normalizer.normalize("Thạch Thị Sa Rết", Normalizer.Form.NFD)));

    assertMasked(created, nationalId);
    var stub = beneficiaries(officer(province));
    assertMasked(stub.getBeneficiary(GetBeneficiaryRequest.newBuilder().setName(created.getName()).build()), nationalId);
    assertThat(stub.listBeneficiaries(ListBeneficiariesRequest.newBuilder().setParent("provinces/" + province).build())
        .getBeneficiariesList()).singleElement().satisfies(listed -> assertMasked(listed, nationalId));
    assertThat(beneficiaries(admin(province)).getBeneficiary(GetBeneficiaryRequest.newBuilder()
        .setName(created.getName()).build()).getMasked()).as("administrators read masked too").isTrue();
  }

  @Test
  void anAdministratorWithAPurposeReadsTheFullRecordInNfcAndTheReadIsRecorded() {
    String province = freshProvince();
    String nationalId = Samples.digits(12);
    Beneficiary created = create(province, Samples.household().setNationalId(nationalId)
        .setFullName(Normalizer.normalize("Thạch Thị Sa Rết", Normalizer.Form.NFD)));
    Instant before = Instant.now().minusSeconds(1);

    Beneficiary full = beneficiaries(admin(province)).revealBeneficiary(RevealBeneficiaryRequest.newBuilder()
        .setName(created.getName()).setPurpose(PURPOSE).build());

    assertThat(full.getMasked()).isFalse();
    assertThat(full.getFullName()).isEqualTo("Thạch Thị Sa Rết");
    assertThat(full.getNationalId()).isEqualTo(nationalId);
    assertThat(full.getPhone()).isEqualTo("0912345678");
    assertThat(full.getAddress()).isEqualTo("Ấp Cây Giang, tổ 4");
    assertThat(full.getBirthDate()).isEqualTo(Samples.date(java.time.LocalDate.of(1968, 3, 14)));
    assertThat(full.getCircumstances()).isEqualTo("Hộ nghèo, chồng mất, nuôi hai con nhỏ");

    Disclosure recorded = beneficiaries(admin(province)).listDisclosures(ListDisclosuresRequest.newBuilder()
        .setParent(created.getName()).build()).getDisclosuresList().get(0);
    assertThat(recorded.getName()).startsWith(created.getName() + "/disclosures/");
    assertThat(recorded.getSubject()).isEqualTo(province + "-user");
    assertThat(recorded.getRolesList()).containsExactly("PROVINCE_ADMIN");
    assertThat(recorded.getPurpose()).isEqualTo(PURPOSE);
    assertThat(Instant.ofEpochSecond(recorded.getDiscloseTime().getSeconds())).isAfter(before);
  }

  @Test
  void unmaskingNeedsAnAdministratorAndAStatedPurposeAndEveryReadIsRecorded() {
    String province = freshProvince();
    Beneficiary created = create(province, Samples.student());
    RevealBeneficiaryRequest reveal = RevealBeneficiaryRequest.newBuilder().setName(created.getName())
        .setPurpose(PURPOSE).build();

    fails(Status.Code.PERMISSION_DENIED, () -> beneficiaries(officer(province)).revealBeneficiary(reveal));
    assertThat(invalidFields(() -> beneficiaries(admin(province)).revealBeneficiary(reveal.toBuilder().setPurpose("").build())))
        .containsExactly("purpose");
    assertThat(invalidFields(() -> beneficiaries(admin(province)).revealBeneficiary(reveal.toBuilder().setPurpose("xem").build())))
        .containsExactly("purpose");
    fails(Status.Code.NOT_FOUND, () -> beneficiaries(admin(province)).revealBeneficiary(reveal.toBuilder()
        .setName("provinces/" + province + "/beneficiaries/" + UUID.randomUUID()).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> beneficiaries(officer(province)).listDisclosures(
        ListDisclosuresRequest.newBuilder().setParent(created.getName()).build()));
    assertThat(disclosures(province, created.getName()).getTotalSize()).as("refused reads are not disclosures").isZero();

    beneficiaries(admin(province)).revealBeneficiary(reveal);
    beneficiaries(admin(province)).revealBeneficiary(reveal.toBuilder().setPurpose("Đối chiếu danh sách học bổng 2024").build());
    var all = disclosures(province, created.getName());
    assertThat(all.getTotalSize()).isEqualTo(2);
    assertThat(all.getDisclosuresList()).extracting(Disclosure::getPurpose).as("newest first")
        .containsExactly("Đối chiếu danh sách học bổng 2024", PURPOSE);
    assertThat(disclosures(province, "provinces/" + province + "/beneficiaries/-").getTotalSize())
        .as("the wildcard lists every beneficiary's").isEqualTo(2);
  }

  @Test
  void refusesMalformedPersonalDataAndADuplicateCitizenId() {
    String province = freshProvince();
    assertThat(invalidFields(() -> create(province, Samples.household().setNationalId("12345").setPhone("12")
        .setSchool("Trường THCS Long Điền").setTypeValue(0))))
        .containsExactlyInAnyOrder("beneficiary.type", "beneficiary.national_id", "beneficiary.phone");
    assertThat(invalidFields(() -> create(province, Samples.household().setNationalId(Samples.digits(12))
        .setSchool("Trường THCS Long Điền")))).containsExactly("beneficiary.school");
    assertThat(invalidFields(() -> create(province, Samples.student().setFullName("").setCommune(""))))
        .containsExactlyInAnyOrder("beneficiary.full_name", "beneficiary.commune");

    String nationalId = Samples.digits(12);
    create(province, Samples.household().setNationalId(nationalId));
    assertThat(invalidFields(Status.Code.ALREADY_EXISTS, () -> create(province, Samples.household()
        .setNationalId(nationalId).setFullName("Người khác")))).containsExactly("beneficiary.national_id");
    assertThat(create(freshProvince(), Samples.household().setNationalId(nationalId)).getMasked())
        .as("citizen ids are unique per province only").isTrue();
  }

  @Test
  void aRepeatedCreateCountsOnce() {
    String province = freshProvince();
    CreateBeneficiaryRequest request = CreateBeneficiaryRequest.newBuilder().setParent("provinces/" + province)
        .setRequestId("hs-" + suffix()).setBeneficiary(Samples.student()).build();
    var stub = beneficiaries(officer(province));
    assertThat(stub.createBeneficiary(request).getName()).isEqualTo(stub.createBeneficiary(request).getName());
    assertThat(stub.listBeneficiaries(ListBeneficiariesRequest.newBuilder().setParent("provinces/" + province)
        .setType(BeneficiaryType.STUDENT).build()).getTotalSize()).isEqualTo(1);
  }

  private static void assertMasked(Beneficiary b, String nationalId) {
    assertThat(b.getMasked()).isTrue();
    assertThat(b.getFullName()).isEqualTo("T. T. S. R.");
    assertThat(b.getNationalId()).isEqualTo("*********" + nationalId.substring(9));
    assertThat(b.getPhone()).isEqualTo("*******678");
    assertThat(b.getAddress()).isEqualTo("***");
    assertThat(b.getCircumstances()).isEqualTo("***");
    assertThat(b.getBirthDate().getYear()).isEqualTo(1968);
    assertThat(b.getBirthDate().getMonth()).isZero();
    assertThat(b.getBirthDate().getDay()).isZero();
    assertThat(b.getCommune()).isEqualTo(Samples.LONG_DIEN);
    assertThat(String.join("|", b.getFullName(), b.getNationalId(), b.getPhone(), b.getAddress(), b.getCircumstances()))
        .doesNotContain("Thạch", "Cây Giang", "0912", "chồng mất", nationalId.substring(0, 9));
  }

  private Beneficiary create(String province, Beneficiary.Builder beneficiary) {
    return beneficiaries(officer(province)).createBeneficiary(CreateBeneficiaryRequest.newBuilder()
        .setParent("provinces/" + province).setBeneficiary(beneficiary).build());
  }

  private vn.antq.welfare.v1.ListDisclosuresResponse disclosures(String province, String parent) {
    return beneficiaries(admin(province)).listDisclosures(ListDisclosuresRequest.newBuilder().setParent(parent).build());
  }
}

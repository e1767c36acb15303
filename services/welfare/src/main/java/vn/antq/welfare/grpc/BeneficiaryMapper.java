package vn.antq.welfare.grpc;

import com.google.type.Date;
import java.util.UUID;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.welfare.domain.Beneficiary;
import vn.antq.welfare.domain.BeneficiaryDraft;
import vn.antq.welfare.domain.BeneficiaryType;
import vn.antq.welfare.domain.Disclosure;

/** Contract beneficiaries and disclosures ↔ domain records. */
final class BeneficiaryMapper {

  private static final String PREFIX = "beneficiary.";

  private BeneficiaryMapper() {}

  static BeneficiaryDraft draft(vn.antq.welfare.v1.Beneficiary b) {
    return new BeneficiaryDraft(ProtoValues.domain(b.getType(), BeneficiaryType.class, PREFIX + "type"),
        b.getFullName(), b.getNationalId(), b.getPhone(), b.getAddress(), b.getCommune(), b.getDistrict(),
        ProtoValues.date(PREFIX + "birth_date", b.hasBirthDate(), b.getBirthDate()), b.getSchool(),
        b.getCircumstances());
  }

  static String name(String province, UUID id) {
    return "provinces/" + province + "/beneficiaries/" + id;
  }

  static vn.antq.welfare.v1.Beneficiary toProto(Beneficiary b) {
    var builder = vn.antq.welfare.v1.Beneficiary.newBuilder()
        .setName(name(b.province(), b.id()))
        .setType(vn.antq.welfare.v1.BeneficiaryType.valueOf(b.type().name()))
        .setFullName(b.fullName())
        .setNationalId(ProtoValues.orEmpty(b.nationalId()))
        .setPhone(b.phone())
        .setAddress(b.address())
        .setCommune(b.commune())
        .setDistrict(b.district())
        .setSchool(b.school())
        .setCircumstances(b.circumstances())
        .setMasked(b.masked())
        .setCreateTime(ProtoTime.timestamp(b.createTime()));
    if (b.birthDate() != null) {
      builder.setBirthDate(ProtoTime.date(b.birthDate()));
    } else if (b.birthYear() != null) {
      // google.type.Date's year-only form: month and day 0.
      builder.setBirthDate(Date.newBuilder().setYear(b.birthYear()));
    }
    return builder.build();
  }

  static vn.antq.welfare.v1.Disclosure toProto(Disclosure d) {
    return vn.antq.welfare.v1.Disclosure.newBuilder()
        .setName(name(d.province(), d.beneficiaryId()) + "/disclosures/" + d.id())
        .setSubject(d.subject())
        .addAllRoles(d.roles())
        .setPurpose(d.purpose())
        .setDiscloseTime(ProtoTime.timestamp(d.discloseTime()))
        .build();
  }
}

package vn.antq.members.grpc;

import static vn.antq.grpc.contract.ProtoTime.date;
import static vn.antq.grpc.contract.ProtoTime.timestamp;

import vn.antq.core.DomainException;
import vn.antq.members.domain.AccessRecord;
import vn.antq.members.domain.Gender;
import vn.antq.members.domain.GroupPath;
import vn.antq.members.domain.MemberRole;
import vn.antq.members.domain.Membership;
import vn.antq.members.domain.MembershipChange;
import vn.antq.members.domain.MembershipStatus;
import vn.antq.members.domain.Person;
import vn.antq.members.domain.PersonDraft;
import vn.antq.members.domain.PersonView;
import vn.antq.members.domain.SensitiveData;
import vn.antq.members.roster.ImportProblem;
import vn.antq.members.roster.MemberImport;
import vn.antq.members.v1.FileFormat;
import vn.antq.members.v1.ImportError;
import vn.antq.members.v1.ImportState;

/** Contract messages ↔ domain records. Unset enums mean "not given"; unknown numbers are errors. */
final class MembersMapper {

  private MembersMapper() {}

  static PersonDraft draft(vn.antq.members.v1.Person person) {
    return new PersonDraft(person.getFullName(),
        date("person.birth_date", person.hasBirthDate() ? person.getBirthDate() : null),
        gender(person.getGender()), person.getNationalId(), person.getPhone(), person.getCommune(),
        person.getDistrict(), person.getOccupation(), new SensitiveData(person.getSensitive().getEthnicity(),
            person.getSensitive().getReligion(), person.getSensitive().getReformedOffender()));
  }

  static vn.antq.members.v1.Person toProto(String province, Person person) {
    var builder = vn.antq.members.v1.Person.newBuilder()
        .setName(MemberNames.person(province, person.id()))
        .setFullName(person.fullName())
        .setBirthDate(date(person.birthDate()))
        .setGender(vn.antq.members.v1.Gender.valueOf(person.gender().name()))
        .setNationalId(person.nationalId())
        .setPhone(person.phone())
        .setCommune(person.commune())
        .setDistrict(person.district())
        .setOccupation(person.occupation())
        .setCreateTime(timestamp(person.createTime()))
        .setUpdateTime(timestamp(person.updateTime()));
    if (person.sensitive() != null) {
      builder.setSensitive(vn.antq.members.v1.SensitiveData.newBuilder()
          .setEthnicity(person.sensitive().ethnicity())
          .setReligion(person.sensitive().religion())
          .setReformedOffender(person.sensitive().reformedOffender()));
    }
    return builder.build();
  }

  static vn.antq.members.v1.Membership toProto(String province, Membership membership) {
    var builder = vn.antq.members.v1.Membership.newBuilder()
        .setName(MemberNames.membership(province, membership.personId(), membership.id()))
        .setGroup(membership.group().name(province))
        .setModel(GroupPath.modelName(province, membership.group().modelId()))
        .setRole(vn.antq.members.v1.MemberRole.valueOf(membership.role().name()))
        .setStatus(vn.antq.members.v1.MembershipStatus.valueOf(membership.status().name()))
        .setJoinedDate(date(membership.joinedDate()))
        .setCreateTime(timestamp(membership.createTime()))
        .setUpdateTime(timestamp(membership.updateTime()));
    if (membership.leftDate() != null) {
      builder.setLeftDate(date(membership.leftDate()));
    }
    return builder.build();
  }

  static vn.antq.members.v1.MembershipChange toProto(MembershipChange change) {
    var builder = vn.antq.members.v1.MembershipChange.newBuilder()
        .setSequence(change.sequence())
        .setChangeTime(timestamp(change.changeTime()))
        .setActor(change.actor())
        .setSource(change.source())
        .setRole(vn.antq.members.v1.MemberRole.valueOf(change.role().name()))
        .setStatus(vn.antq.members.v1.MembershipStatus.valueOf(change.status().name()))
        .setJoinedDate(date(change.joinedDate()));
    if (change.leftDate() != null) {
      builder.setLeftDate(date(change.leftDate()));
    }
    return builder.build();
  }

  static vn.antq.members.v1.AccessRecord toProto(String province, AccessRecord record) {
    return vn.antq.members.v1.AccessRecord.newBuilder()
        .setPerson(MemberNames.person(province, record.personId()))
        .setActor(record.actor())
        .setAccessTime(timestamp(record.accessTime()))
        .setView(vn.antq.members.v1.PersonView.valueOf(record.view().name()))
        .setPurpose(record.purpose())
        .setOperation(record.operation())
        .build();
  }

  static vn.antq.members.v1.MemberImport toProto(String province, MemberImport job) {
    return vn.antq.members.v1.MemberImport.newBuilder()
        .setName(MemberNames.memberImport(province, job.id()))
        .setFileName(job.fileName())
        .setFormat(FileFormat.valueOf(job.format().name()))
        .setDryRun(job.dryRun())
        .setState(ImportState.valueOf(job.state().name()))
        .setRowsTotal(job.rowsTotal())
        .setRowsDone(job.rowsDone())
        .setErrorCount(job.errorCount())
        .addAllErrors(job.errors().stream().map(MembersMapper::toProto).toList())
        .setPersonsCreated(job.outcome().personsCreated())
        .setPersonsUpdated(job.outcome().personsUpdated())
        .setMembershipsCreated(job.outcome().membershipsCreated())
        .setRowsUnchanged(job.outcome().rowsUnchanged())
        .setCreateTime(timestamp(job.createTime()))
        .setUpdateTime(timestamp(job.updateTime()))
        .build();
  }

  static ImportError toProto(ImportProblem problem) {
    return ImportError.newBuilder().setLine(problem.line()).setColumn(problem.column()).setReason(problem.reason())
        .build();
  }

  static PersonView view(vn.antq.members.v1.PersonView view) {
    return switch (view) {
      case PERSON_VIEW_UNSPECIFIED, BASIC -> PersonView.BASIC;
      case SENSITIVE -> PersonView.SENSITIVE;
      case FULL -> PersonView.FULL;
      case UNRECOGNIZED -> throw new DomainException.InvalidInput("view", "unknown view");
    };
  }

  static Gender gender(vn.antq.members.v1.Gender gender) {
    return switch (gender) {
      case GENDER_UNSPECIFIED -> null;
      case UNRECOGNIZED -> throw new DomainException.InvalidInput("person.gender", "unknown gender");
      default -> Gender.valueOf(gender.name());
    };
  }

  static MemberRole role(vn.antq.members.v1.MemberRole role) {
    return switch (role) {
      case MEMBER_ROLE_UNSPECIFIED -> null;
      case UNRECOGNIZED -> throw new DomainException.InvalidInput("membership.role", "unknown role");
      default -> MemberRole.valueOf(role.name());
    };
  }

  static MembershipStatus status(vn.antq.members.v1.MembershipStatus status) {
    return switch (status) {
      case MEMBERSHIP_STATUS_UNSPECIFIED -> null;
      case UNRECOGNIZED -> throw new DomainException.InvalidInput("membership.status", "unknown status");
      default -> MembershipStatus.valueOf(status.name());
    };
  }
}

package vn.antq.registry.grpc;

import com.google.protobuf.Timestamp;
import com.google.type.Date;
import java.time.Instant;
import java.time.LocalDate;
import vn.antq.core.DomainException;
import vn.antq.registry.domain.Decision;
import vn.antq.registry.domain.Group;
import vn.antq.registry.domain.MemberCount;
import vn.antq.registry.domain.Lineage;
import vn.antq.registry.domain.Model;
import vn.antq.registry.domain.ModelDraft;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.ProvinceCounts;
import vn.antq.registry.domain.ReplicationPoint;
import vn.antq.registry.domain.Retirement;
import vn.antq.registry.domain.Sector;
import vn.antq.registry.v1.ModelLineage;

/** Contract messages ↔ domain records. */
final class RegistryMapper {

  private RegistryMapper() {}

  static ModelDraft draft(vn.antq.registry.v1.Model model) {
    return new ModelDraft(model.getCode(), model.getDisplayName(), sector(model.getSector()),
        model.getDescription(), status(model.getStatus()), date("model.established_date", model.hasEstablishedDate()
            ? model.getEstablishedDate() : null));
  }

  static vn.antq.registry.v1.Model toProto(Model model) {
    var builder = vn.antq.registry.v1.Model.newBuilder()
        .setName(ResourceNames.model(model.province(), model.id()))
        .setCode(model.code())
        .setDisplayName(model.displayName())
        .setSector(vn.antq.registry.v1.Sector.valueOf(model.sector().name()))
        .setDescription(model.description())
        .setStatus(vn.antq.registry.v1.ModelStatus.valueOf(model.status().name()))
        .setReplicationPointCount(model.replicationPointCount())
        .setGroupCount(model.groupCount())
        .setMemberCount(model.memberCount())
        .setCreateTime(timestamp(model.createTime()))
        .setUpdateTime(timestamp(model.updateTime()));
    if (model.establishedDate() != null) {
      builder.setEstablishedDate(date(model.establishedDate()));
    }
    if (model.lineage() != null) {
      builder.setLineage(toProto(model.lineage()));
    }
    if (model.warning() != null) {
      builder.setWarning(vn.antq.registry.v1.ModelWarning.newBuilder().setReason(model.warning().reason())
          .setWarnTime(timestamp(model.warning().warnTime())));
    }
    if (model.retirement() != null) {
      builder.setRetirement(toProto(model.retirement()));
    }
    return builder.build();
  }

  private static ModelLineage toProto(Lineage lineage) {
    return ModelLineage.newBuilder()
        .setTemplate(ResourceNames.template(lineage.templateId()))
        .setTemplateVersion(lineage.templateVersion())
        .setOriginProvince(lineage.originProvince())
        .setAdoptTime(timestamp(lineage.adoptTime()))
        .setVersionTime(timestamp(lineage.versionTime()))
        .setLatestVersion(lineage.latestVersion())
        .setNewerVersionAvailable(lineage.newerVersionAvailable())
        .setTemplateRetired(lineage.templateRetired())
        .build();
  }

  static vn.antq.registry.v1.Retirement toProto(Retirement retirement) {
    return vn.antq.registry.v1.Retirement.newBuilder().setDecision(toProto(retirement.decision()))
        .setReason(retirement.reason()).setRetireTime(timestamp(retirement.retireTime())).build();
  }

  static vn.antq.registry.v1.Decision toProto(Decision decision) {
    return vn.antq.registry.v1.Decision.newBuilder().setNumber(decision.number()).setDate(date(decision.date())).build();
  }

  /** A decision as given; an unset message is a decision without number or date, which validation reports. */
  static Decision decision(String field, vn.antq.registry.v1.Decision decision) {
    return new Decision(decision.getNumber(), decision.hasDate() ? date(field + ".date", decision.getDate()) : null);
  }

  static vn.antq.registry.v1.ReplicationPoint toProto(String province, ReplicationPoint point) {
    var builder = vn.antq.registry.v1.ReplicationPoint.newBuilder()
        .setName(ResourceNames.point(province, point.modelId(), point.id()))
        .setDisplayName(point.displayName())
        .setCommune(point.commune())
        .setDistrict(point.district())
        .setGroupCount(point.groupCount())
        .setMemberCount(point.memberCount())
        .setCreateTime(timestamp(point.createTime()));
    if (point.establishedDate() != null) {
      builder.setEstablishedDate(date(point.establishedDate()));
    }
    return builder.build();
  }

  static vn.antq.registry.v1.Group toProto(String province, Group group) {
    return vn.antq.registry.v1.Group.newBuilder()
        .setName(ResourceNames.group(province, group.modelId(), group.pointId(), group.id()))
        .setDisplayName(group.displayName())
        .setLeaderName(group.leaderName())
        .setMemberCount(group.memberCount())
        .setCreateTime(timestamp(group.createTime()))
        .setModelCode(group.modelCode())
        .build();
  }

  static vn.antq.registry.v1.MemberCount toProto(MemberCount count) {
    return vn.antq.registry.v1.MemberCount.newBuilder()
        .setGroupId(count.groupId().toString())
        .setMembers(count.members())
        .setVersion(count.version())
        .build();
  }

  static vn.antq.registry.v1.ProvinceCounts toProto(ProvinceCounts counts) {
    return vn.antq.registry.v1.ProvinceCounts.newBuilder()
        .setName(counts.province() == null ? "nation" : "provinces/" + counts.province() + "/counts")
        .setProvince(counts.province() == null ? "" : counts.province())
        .setModels(counts.models())
        .setActiveModels(counts.activeModels())
        .setReplicationPoints(counts.replicationPoints())
        .setGroups(counts.groups())
        .setMembers(counts.members())
        .build();
  }

  /** Unset (0) means "not given"; a number outside the contract's enum is an error, not a silent default. */
  static Sector sector(vn.antq.registry.v1.Sector sector) {
    return sector("model.sector", sector);
  }

  static Sector sector(String field, vn.antq.registry.v1.Sector sector) {
    return switch (sector) {
      case SECTOR_UNSPECIFIED -> null;
      case UNRECOGNIZED -> throw new DomainException.InvalidInput(field, "unknown sector");
      default -> Sector.valueOf(sector.name());
    };
  }

  static ModelStatus status(vn.antq.registry.v1.ModelStatus status) {
    return switch (status) {
      case MODEL_STATUS_UNSPECIFIED -> null;
      case UNRECOGNIZED -> throw new DomainException.InvalidInput("model.status", "unknown status");
      default -> ModelStatus.valueOf(status.name());
    };
  }

  static LocalDate date(String field, Date date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    } catch (java.time.DateTimeException e) {
      throw new DomainException.InvalidInput(field, "is not a calendar date");
    }
  }

  static Date date(LocalDate date) {
    return Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
  }

  static Instant instant(String field, Timestamp timestamp) {
    try {
      return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    } catch (java.time.DateTimeException e) {
      throw new DomainException.InvalidInput(field, "is not a valid time");
    }
  }

  static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
  }
}

package vn.antq.registry.grpc;

import static vn.antq.grpc.contract.ProtoTime.date;
import static vn.antq.grpc.contract.ProtoTime.timestamp;

import vn.antq.registry.domain.Gap;
import vn.antq.registry.domain.national.CatalogueEntry;
import vn.antq.registry.domain.national.Evidence;
import vn.antq.registry.domain.national.ExternalFigures;
import vn.antq.registry.domain.national.NationalCatalogueEntry;
import vn.antq.registry.domain.audit.AuditEntry;
import vn.antq.registry.domain.national.Nomination;
import vn.antq.registry.v1.NationalAuditEntry;
import vn.antq.registry.domain.national.Replica;
import vn.antq.registry.domain.national.Template;
import vn.antq.registry.domain.national.TemplateVersion;
import vn.antq.registry.v1.AwardEvidence;
import vn.antq.registry.v1.CampaignEvidence;
import vn.antq.registry.v1.MemberEvidence;
import vn.antq.registry.v1.NominationEvidence;
import vn.antq.registry.v1.PeriodActivity;
import vn.antq.registry.v1.RegistryEvidence;
import vn.antq.registry.v1.ReplicaFigures;
import vn.antq.registry.v1.Section;
import vn.antq.registry.v1.WelfareEvidence;

/** National replication records → contract messages. A section that was not read stays unset. */
final class NationalMapper {

  private NationalMapper() {}

  static vn.antq.registry.v1.Nomination toProto(Nomination nomination) {
    var builder = vn.antq.registry.v1.Nomination.newBuilder()
        .setName(RegistryNames.nomination(nomination.province(), nomination.id()))
        .setModel(RegistryNames.model(nomination.province(), nomination.modelId()))
        .setModelDisplayName(nomination.modelDisplayName())
        .setNote(nomination.note())
        .setState(vn.antq.registry.v1.Nomination.State.valueOf(nomination.state().name()))
        .setEvidence(toProto(nomination.evidence()))
        .setNominatedBy(nomination.nominatedBy())
        .setCreateTime(timestamp(nomination.createTime()));
    if (nomination.templateId() != null) {
      builder.setTemplate(RegistryNames.template(nomination.templateId()));
    }
    if (nomination.rejectionReason() != null) {
      builder.setRejectionReason(nomination.rejectionReason());
    }
    if (nomination.decidedBy() != null) {
      builder.setDecidedBy(nomination.decidedBy());
    }
    if (nomination.decideTime() != null) {
      builder.setDecideTime(timestamp(nomination.decideTime()));
    }
    return builder.build();
  }

  private static NominationEvidence toProto(Evidence evidence) {
    var registry = evidence.registry();
    var registryProto = RegistryEvidence.newBuilder().setReplicationPoints(registry.replicationPoints())
        .setGroups(registry.groups()).setMembers(registry.members()).setCommunes(registry.communes())
        .setDistricts(registry.districts());
    if (registry.establishedDate() != null) {
      registryProto.setEstablishedDate(date(registry.establishedDate()));
    }
    var builder = NominationEvidence.newBuilder().setGatherTime(timestamp(evidence.gatherTime()))
        .setRegistry(registryProto);
    ExternalFigures external = evidence.external();
    if (external.members() != null) {
      builder.setMembers(MemberEvidence.newBuilder().setRegisteredMembers(external.members().registered())
          .setJoinedInLastPeriod(external.members().joinedInLastPeriod()));
    }
    if (external.activity() != null) {
      var campaigns = CampaignEvidence.newBuilder();
      external.activity().periods().forEach(period -> campaigns.addPeriods(PeriodActivity.newBuilder()
          .setPeriod(period.period().toString()).setActivities(period.activities()).setAttendees(period.attendees())
          .setTips(period.tips()).setMediations(period.mediations())));
      builder.setCampaigns(campaigns);
    }
    if (external.awards() != null) {
      builder.setAwards(AwardEvidence.newBuilder().setCollectiveAwards(external.awards().collective())
          .setIndividualAwards(external.awards().individual()));
    }
    if (external.welfare() != null) {
      builder.setWelfare(WelfareEvidence.newBuilder().setCharityHouses(external.welfare().charityHouses())
          .setGifts(external.welfare().gifts()).setTotalVnd(external.welfare().totalVnd()));
    }
    evidence.gaps().forEach(gap -> builder.addGaps(toProto(gap)));
    return builder.build();
  }

  static NationalAuditEntry toProto(AuditEntry entry) {
    var builder = NationalAuditEntry.newBuilder()
        .setTime(timestamp(entry.time()))
        .setSubject(entry.subject())
        .addAllRoles(entry.roles())
        .setOperation(entry.operation())
        .setAccess(entry.access())
        .setRequest(entry.request())
        .setAllowed(entry.allowed());
    if (entry.callerProvince() != null) {
      builder.setCallerProvince(entry.callerProvince());
    }
    return builder.build();
  }

  static vn.antq.registry.v1.Gap toProto(Gap gap) {
    return vn.antq.registry.v1.Gap.newBuilder()
        .setSection(Section.valueOf(gap.section().name()))
        .setKind(vn.antq.registry.v1.Gap.Kind.valueOf(gap.kind().name()))
        .setDetail(gap.detail())
        .addAllProvinces(gap.provinces())
        .build();
  }

  static vn.antq.registry.v1.Template toProto(Template template) {
    TemplateVersion current = template.current();
    var builder = vn.antq.registry.v1.Template.newBuilder()
        .setName(RegistryNames.template(template.id()))
        .setCode(template.code())
        .setVersion(current.version())
        .setDisplayName(current.displayName())
        .setSector(vn.antq.registry.v1.Sector.valueOf(current.sector().name()))
        .setDescription(current.description())
        .setStatus(vn.antq.registry.v1.Template.Status.valueOf(template.status().name()))
        .setOriginProvince(template.originProvince())
        .setRecognition(RegistryMapper.toProto(template.recognition()))
        .setCreateTime(timestamp(template.createTime()));
    if (template.retirement() != null) {
      builder.setRetirement(RegistryMapper.toProto(template.retirement()));
    }
    template.versions().forEach(version -> builder.addVersions(toProto(version)));
    return builder.build();
  }

  private static vn.antq.registry.v1.TemplateVersion toProto(TemplateVersion version) {
    var builder = vn.antq.registry.v1.TemplateVersion.newBuilder()
        .setVersion(version.version())
        .setDisplayName(version.displayName())
        .setSector(vn.antq.registry.v1.Sector.valueOf(version.sector().name()))
        .setDescription(version.description())
        .setChangelog(version.changelog())
        .setAuthor(version.author())
        .setCreateTime(timestamp(version.createTime()));
    if (version.decision() != null) {
      builder.setDecision(RegistryMapper.toProto(version.decision()));
    }
    return builder.build();
  }

  static vn.antq.registry.v1.CatalogueEntry toProto(CatalogueEntry entry) {
    var builder = vn.antq.registry.v1.CatalogueEntry.newBuilder().setTemplate(toProto(entry.template()));
    if (entry.adoption() != null) {
      builder.setAdoptedModel(RegistryNames.model(entry.adoption().province(), entry.adoption().modelId()))
          .setAdoptedVersion(entry.adoption().templateVersion())
          .setNewerVersionAvailable(entry.newerVersionAvailable());
    }
    return builder.build();
  }

  static vn.antq.registry.v1.NationalCatalogueEntry toProto(NationalCatalogueEntry entry) {
    var builder = vn.antq.registry.v1.NationalCatalogueEntry.newBuilder().setTemplate(toProto(entry.template()));
    if (entry.origin() != null) {
      builder.setOrigin(toProto(entry.origin()).toBuilder().setTemplateVersion(1));
    }
    entry.adopters().forEach(adopter -> builder.addAdopters(toProto(adopter)));
    return builder.build();
  }

  private static ReplicaFigures toProto(Replica replica) {
    var builder = ReplicaFigures.newBuilder()
        .setProvince(replica.province())
        .setModel(RegistryNames.model(replica.province(), replica.modelId()))
        .setStatus(vn.antq.registry.v1.ModelStatus.valueOf(replica.status().name()))
        .setTemplateVersion(replica.templateVersion())
        .setReplicationPoints(replica.replicationPoints())
        .setGroups(replica.groups())
        .setMembers(replica.members());
    if (replica.adoptTime() != null) {
      builder.setAdoptTime(timestamp(replica.adoptTime()));
    }
    return builder.build();
  }
}

package vn.antq.campaigns.grpc;

import vn.antq.campaigns.domain.PartnerForce;
import vn.antq.campaigns.domain.Patrol;
import vn.antq.campaigns.domain.PatrolDraft;
import vn.antq.campaigns.domain.PatrolPurpose;
import vn.antq.core.Violations;
import vn.antq.grpc.contract.ProtoTime;

/** Patrols: contract messages ↔ domain records. */
final class PatrolMapper {

  private PatrolMapper() {}

  static PatrolDraft draft(vn.antq.campaigns.v1.Patrol patrol, String prefix, Violations violations) {
    return new PatrolDraft(Protos.date(patrol.hasDate(), patrol.getDate(), prefix + "date", violations),
        Protos.place(patrol.hasArea(), patrol.getArea()),
        patrol.getPartnersList().stream().map(partner -> Protos.toDomain(PartnerForce.class, partner)).toList(),
        Protos.toDomain(PatrolPurpose.class, patrol.getPurpose()));
  }

  static vn.antq.campaigns.v1.Patrol toProto(Patrol patrol) {
    PatrolDraft details = patrol.details();
    return vn.antq.campaigns.v1.Patrol.newBuilder()
        .setName(CampaignNames.PATROL.render(patrol.id()))
        .setDate(ProtoTime.date(details.date()))
        .setArea(Protos.place(details.area()))
        .addAllPartners(details.partners().stream()
            .map(partner -> Protos.toProto(vn.antq.campaigns.v1.PartnerForce.class, partner)).toList())
        .setPurpose(Protos.toProto(vn.antq.campaigns.v1.PatrolPurpose.class, details.purpose()))
        .setCreateTime(ProtoTime.timestamp(patrol.createTime()))
        .build();
  }
}

package vn.antq.welfare.grpc;

import static vn.antq.grpc.contract.ProtoValues.orEmpty;

import java.util.UUID;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.welfare.domain.Contribution;
import vn.antq.welfare.domain.ContributionDraft;
import vn.antq.welfare.domain.ContributionForm;
import vn.antq.welfare.domain.Sponsor;
import vn.antq.welfare.domain.SponsorDraft;
import vn.antq.welfare.domain.SponsorType;

/** Contract sponsors and contributions ↔ domain records. */
final class SponsorMapper {

  private SponsorMapper() {}

  static SponsorDraft draft(vn.antq.welfare.v1.Sponsor sponsor) {
    return new SponsorDraft(ProtoValues.domain(sponsor.getType(), SponsorType.class, "sponsor.type"),
        sponsor.getDisplayName(), sponsor.getDescription());
  }

  static ContributionDraft draft(vn.antq.welfare.v1.Contribution contribution) {
    return new ContributionDraft(
        ProtoValues.domain(contribution.getForm(), ContributionForm.class, "contribution.form"),
        contribution.getValue(), contribution.getDescription(),
        ProtoValues.date("contribution.contribution_date", contribution.hasContributionDate(),
            contribution.getContributionDate()),
        contribution.getWelfareItem(), contribution.getCampaign());
  }

  static String name(String province, UUID sponsorId) {
    return "provinces/" + province + "/sponsors/" + sponsorId;
  }

  static vn.antq.welfare.v1.Sponsor toProto(Sponsor sponsor) {
    return vn.antq.welfare.v1.Sponsor.newBuilder()
        .setName(name(sponsor.province(), sponsor.id()))
        .setType(vn.antq.welfare.v1.SponsorType.valueOf(sponsor.type().name()))
        .setDisplayName(sponsor.displayName())
        .setDescription(sponsor.description())
        .setCreateTime(ProtoTime.timestamp(sponsor.createTime()))
        .build();
  }

  static vn.antq.welfare.v1.Contribution toProto(Contribution contribution) {
    ContributionDraft d = contribution.details();
    return vn.antq.welfare.v1.Contribution.newBuilder()
        .setName(name(contribution.province(), contribution.sponsorId()) + "/contributions/" + contribution.id())
        .setForm(vn.antq.welfare.v1.ContributionForm.valueOf(d.form().name()))
        .setValue(d.value())
        .setDescription(d.description())
        .setContributionDate(ProtoTime.date(d.date()))
        .setWelfareItem(orEmpty(d.welfareItem()))
        .setCampaign(orEmpty(d.campaign()))
        .setCreateTime(ProtoTime.timestamp(contribution.createTime()))
        .build();
  }
}

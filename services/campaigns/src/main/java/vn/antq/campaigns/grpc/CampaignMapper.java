package vn.antq.campaigns.grpc;

import vn.antq.campaigns.domain.Campaign;
import vn.antq.campaigns.domain.CampaignDraft;
import vn.antq.campaigns.domain.Channel;
import vn.antq.campaigns.domain.Level;
import vn.antq.campaigns.domain.Rounds;
import vn.antq.campaigns.v1.PropagandaRounds;
import vn.antq.core.Violations;
import vn.antq.grpc.contract.ProtoTime;

/** Launches: contract messages ↔ domain records. */
final class CampaignMapper {

  private CampaignMapper() {}

  /** Shape errors (names, dates) go to {@code violations}; field paths start with {@code prefix}. */
  static CampaignDraft draft(vn.antq.campaigns.v1.Campaign campaign, String prefix, Violations violations) {
    return new CampaignDraft(campaign.getTitle(), Protos.toDomain(Level.class, campaign.getLevel()),
        Protos.place(campaign.hasPlace(), campaign.getPlace()),
        Protos.date(campaign.hasStartDate(), campaign.getStartDate(), prefix + "start_date", violations),
        Protos.date(campaign.hasEndDate(), campaign.getEndDate(), prefix + "end_date", violations),
        campaign.getOrganizer(),
        CampaignNames.models(prefix + "models", campaign.getModelsList(), violations),
        campaign.getAttendees(),
        CampaignNames.members(prefix + "attending_members", campaign.getAttendingMembersList(), violations),
        campaign.getLeaflets(),
        campaign.getPropagandaList().stream()
            .map(rounds -> new Rounds(Protos.toDomain(Channel.class, rounds.getChannel()), rounds.getRounds()))
            .toList());
  }

  static vn.antq.campaigns.v1.Campaign toProto(Campaign campaign) {
    CampaignDraft details = campaign.details();
    var builder = vn.antq.campaigns.v1.Campaign.newBuilder()
        .setName(CampaignNames.CAMPAIGN.render(campaign.id()))
        .setTitle(details.title())
        .setLevel(Protos.toProto(vn.antq.campaigns.v1.Level.class, details.level()))
        .setPlace(Protos.place(details.place()))
        .setStartDate(ProtoTime.date(details.startDate()))
        .setEndDate(ProtoTime.date(details.endDate()))
        .setOrganizer(details.organizer())
        .setAttendees(details.attendees())
        .setLeaflets(details.leaflets())
        .setCreateTime(ProtoTime.timestamp(campaign.createTime()))
        .setUpdateTime(ProtoTime.timestamp(campaign.updateTime()));
    details.models().forEach(model -> builder.addModels(CampaignNames.MODEL.render(model)));
    details.attendingMembers().forEach(member -> builder.addAttendingMembers(CampaignNames.MEMBER.render(member)));
    long total = 0;
    for (Rounds rounds : details.propaganda()) {
      builder.addPropaganda(PropagandaRounds.newBuilder()
          .setChannel(Protos.toProto(vn.antq.campaigns.v1.Channel.class, rounds.channel()))
          .setRounds(rounds.rounds()));
      total += rounds.rounds();
    }
    return builder.setPropagandaRounds(total).build();
  }
}

package vn.antq.campaigns.grpc;

import java.util.UUID;
import vn.antq.campaigns.domain.Audience;
import vn.antq.campaigns.domain.Channel;
import vn.antq.campaigns.domain.PeriodEvent;
import vn.antq.campaigns.domain.PeriodStatus;
import vn.antq.campaigns.domain.Summary;
import vn.antq.campaigns.domain.Totals;
import vn.antq.campaigns.domain.UnitFigures;
import vn.antq.campaigns.domain.UnitResults;
import vn.antq.campaigns.v1.AudienceTotal;
import vn.antq.campaigns.v1.ChannelTotal;
import vn.antq.campaigns.v1.DistrictTotals;
import vn.antq.campaigns.v1.PeriodAction;
import vn.antq.campaigns.v1.PeriodKind;
import vn.antq.campaigns.v1.PeriodState;
import vn.antq.grpc.contract.ProtoTime;

/** Unit results, periods and summaries: contract messages ↔ domain records. */
final class ResultsMapper {

  private ResultsMapper() {}

  static UnitFigures figures(vn.antq.campaigns.v1.UnitResults results) {
    UUID model = results.getModel().isEmpty() ? null
        : CampaignNames.MODEL.uuid("unit_results.model", results.getModel());
    return new UnitFigures(results.getUnitDisplayName(), results.getDistrict(), results.getTipsReceived(),
        results.getTipsFromDignitaries(), results.getWeaponsSurrendered(), results.getExplosivesSurrendered(),
        results.getSupportToolsSurrendered(), results.getFireworksSurrendered(), results.getDisputesMediated(), model);
  }

  static vn.antq.campaigns.v1.UnitResults toProto(UnitResults results) {
    UnitFigures figures = results.figures();
    return vn.antq.campaigns.v1.UnitResults.newBuilder()
        .setName(CampaignNames.UNIT_RESULTS.render(results.period().id(), results.unit()))
        .setUnitDisplayName(figures.unitDisplayName())
        .setDistrict(figures.district())
        .setTipsReceived(figures.tipsReceived())
        .setTipsFromDignitaries(figures.tipsFromDignitaries())
        .setWeaponsSurrendered(figures.weaponsSurrendered())
        .setExplosivesSurrendered(figures.explosivesSurrendered())
        .setSupportToolsSurrendered(figures.supportToolsSurrendered())
        .setFireworksSurrendered(figures.fireworksSurrendered())
        .setDisputesMediated(figures.disputesMediated())
        .setModel(figures.model() == null ? "" : CampaignNames.MODEL.render(figures.model()))
        .setReporter(results.reporter())
        .setUpdateTime(ProtoTime.timestamp(results.updateTime()))
        .build();
  }

  static vn.antq.campaigns.v1.Period toProto(PeriodStatus status) {
    var builder = vn.antq.campaigns.v1.Period.newBuilder()
        .setName(CampaignNames.PERIOD.render(status.period().id()))
        .setKind(Protos.toProto(PeriodKind.class, status.period().kind()))
        .setStartDate(ProtoTime.date(status.period().start()))
        .setEndDate(ProtoTime.date(status.period().end()))
        .setState(Protos.toProto(PeriodState.class, status.state()))
        .setLockedBy(status.lockedBy() == null ? "" : CampaignNames.PERIOD.render(status.lockedBy().id()));
    for (PeriodEvent event : status.history()) {
      builder.addHistoryBuilder()
          .setAction(Protos.toProto(PeriodAction.class, event.action()))
          .setActor(event.actor())
          .setReason(event.reason())
          .setTime(ProtoTime.timestamp(event.time()));
    }
    return builder.build();
  }

  static vn.antq.campaigns.v1.Summary toProto(Summary summary) {
    return vn.antq.campaigns.v1.Summary.newBuilder()
        .setName(CampaignNames.SUMMARY.render(summary.period().period().id()))
        .setPeriod(toProto(summary.period()))
        .setProvince(toProto(summary.province()))
        .addAllDistricts(summary.districts().stream().map(district -> DistrictTotals.newBuilder()
            .setDistrict(district.district()).setTotals(toProto(district.totals())).build()).toList())
        .build();
  }

  static vn.antq.campaigns.v1.Totals toProto(Totals totals) {
    var builder = vn.antq.campaigns.v1.Totals.newBuilder()
        .setLaunches(totals.launches())
        .setAttendees(totals.attendees())
        .setLeaflets(totals.leaflets())
        .setPropagandaRounds(totals.propagandaRounds())
        .setForums(totals.forums())
        .setForumAttendees(totals.forumAttendees())
        .setOpinions(totals.opinions())
        .setPatrols(totals.patrols())
        .setTrainingClasses(totals.trainingClasses())
        .setTipsReceived(totals.tipsReceived())
        .setTipsFromDignitaries(totals.tipsFromDignitaries())
        .setSurrendered(totals.surrendered())
        .setWeaponsSurrendered(totals.weaponsSurrendered())
        .setExplosivesSurrendered(totals.explosivesSurrendered())
        .setSupportToolsSurrendered(totals.supportToolsSurrendered())
        .setFireworksSurrendered(totals.fireworksSurrendered())
        .setDisputesMediated(totals.disputesMediated());
    for (Channel channel : Channel.values()) {
      builder.addPropagandaByChannel(ChannelTotal.newBuilder()
          .setChannel(Protos.toProto(vn.antq.campaigns.v1.Channel.class, channel))
          .setRounds(totals.rounds(channel)));
    }
    for (Audience audience : Audience.values()) {
      builder.addTrainingByAudience(AudienceTotal.newBuilder()
          .setAudience(Protos.toProto(vn.antq.campaigns.v1.Audience.class, audience))
          .setClasses(totals.classes(audience))
          .setTrainees(totals.trainees(audience)));
    }
    return builder.build();
  }
}

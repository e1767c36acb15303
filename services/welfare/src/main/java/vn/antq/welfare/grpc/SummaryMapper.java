package vn.antq.welfare.grpc;

import vn.antq.grpc.contract.ProtoTime;
import vn.antq.welfare.domain.KindTotal;
import vn.antq.welfare.domain.SponsorTotal;
import vn.antq.welfare.domain.WelfareSummary;

/** Domain summary → contract. */
final class SummaryMapper {

  private SummaryMapper() {}

  static vn.antq.welfare.v1.WelfareSummary toProto(WelfareSummary summary) {
    var builder = vn.antq.welfare.v1.WelfareSummary.newBuilder()
        .setName("provinces/" + summary.province() + "/welfareSummary")
        .setItemCount(summary.itemCount())
        .setTotalValue(summary.totalValue())
        .setSponsorCount(summary.sponsorCount())
        .setContributedValue(summary.contributedValue());
    if (summary.period().start() != null) {
      builder.setStartDate(ProtoTime.date(summary.period().start()));
    }
    if (summary.period().end() != null) {
      builder.setEndDate(ProtoTime.date(summary.period().end()));
    }
    summary.kinds().forEach(kind -> builder.addKinds(toProto(kind)));
    summary.sponsors().forEach(sponsor -> builder.addSponsors(toProto(summary.province(), sponsor)));
    return builder.build();
  }

  private static vn.antq.welfare.v1.KindTotal toProto(KindTotal kind) {
    return vn.antq.welfare.v1.KindTotal.newBuilder()
        .setKind(vn.antq.welfare.v1.WelfareKind.valueOf(kind.kind().name()))
        .setUnit(vn.antq.welfare.v1.QuantityUnit.valueOf(kind.unit().name()))
        .setItemCount(kind.itemCount())
        .setQuantity(kind.quantity())
        .setValue(kind.value())
        .build();
  }

  private static vn.antq.welfare.v1.SponsorTotal toProto(String province, SponsorTotal sponsor) {
    return vn.antq.welfare.v1.SponsorTotal.newBuilder()
        .setSponsor(SponsorMapper.name(province, sponsor.sponsorId()))
        .setDisplayName(sponsor.displayName())
        .setType(vn.antq.welfare.v1.SponsorType.valueOf(sponsor.type().name()))
        .setContributionCount(sponsor.contributionCount())
        .setMoneyValue(sponsor.moneyValue())
        .setInKindValue(sponsor.inKindValue())
        .setTotalValue(sponsor.totalValue())
        .build();
  }
}

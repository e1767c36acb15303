package vn.antq.registry.grpc;

import java.util.Map;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.registry.domain.dashboard.Dashboard;
import vn.antq.registry.domain.dashboard.Figure;
import vn.antq.registry.domain.dashboard.ProvinceRow;
import vn.antq.registry.v1.NationalDashboard;
import vn.antq.registry.v1.ProvinceFigures;
import vn.antq.registry.v1.Section;

/** The dashboard → contract. Only present figures are set, so a missing one is absent, never 0. */
final class DashboardMapper {

  private DashboardMapper() {}

  static NationalDashboard toProto(Dashboard dashboard) {
    var builder = NationalDashboard.newBuilder()
        .setNation(toProto(dashboard.nation()))
        .setComplete(dashboard.complete())
        .setGenerateTime(ProtoTime.timestamp(dashboard.generateTime()));
    dashboard.provinces().forEach(row -> builder.addProvinces(toProto(row)));
    dashboard.gaps().forEach(gap -> builder.addGaps(NationalMapper.toProto(gap)));
    return builder.build();
  }

  private static ProvinceFigures toProto(ProvinceRow row) {
    var builder = ProvinceFigures.newBuilder().setDisplayName(row.displayName());
    if (row.province() != null) {
      builder.setProvince(row.province());
    }
    for (Map.Entry<Figure, Long> figure : row.figures().entrySet()) {
      long value = figure.getValue();
      switch (figure.getKey()) {
        case MODELS -> builder.setModels(Math.toIntExact(value));
        case ACTIVE_MODELS -> builder.setActiveModels(Math.toIntExact(value));
        case REPLICATION_POINTS -> builder.setReplicationPoints(Math.toIntExact(value));
        case GROUPS -> builder.setGroups(Math.toIntExact(value));
        case MEMBERS -> builder.setMembers(value);
        case REGISTERED_MEMBERS -> builder.setRegisteredMembers(value);
        case CAMPAIGN_LAUNCHES -> builder.setCampaignLaunches(value);
        case TIPS -> builder.setTips(value);
        case MEDIATIONS -> builder.setMediations(value);
        case AWARDS -> builder.setAwards(Math.toIntExact(value));
        case CHARITY_HOUSES -> builder.setCharityHouses(Math.toIntExact(value));
        case WELFARE_VND -> builder.setWelfareVnd(value);
        case REGISTERED_PERSONS -> builder.setRegisteredPersons(value);
        case CAMPAIGN_ATTENDEES -> builder.setCampaignAttendees(value);
        case SURRENDERED_ITEMS -> builder.setSurrenderedItems(value);
        case PATROLS -> builder.setPatrols(Math.toIntExact(value));
        case FORUMS -> builder.setForums(Math.toIntExact(value));
        case RURAL_BRIDGES -> builder.setRuralBridges(Math.toIntExact(value));
        case GIFT_PACKAGES -> builder.setGiftPackages(value);
        case SCHOLARSHIPS -> builder.setScholarships(Math.toIntExact(value));
        case HEALTH_INSURANCE_CARDS -> builder.setHealthInsuranceCards(Math.toIntExact(value));
        case RICE_KILOGRAMS -> builder.setRiceKilograms(value);
      }
    }
    row.missing().stream().sorted().forEach(section -> builder.addMissing(Section.valueOf(section.name())));
    return builder.build();
  }
}

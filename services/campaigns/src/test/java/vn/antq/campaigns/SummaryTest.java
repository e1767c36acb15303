package vn.antq.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.antq.campaigns.v1.ApprovePeriodRequest;
import vn.antq.campaigns.v1.Audience;
import vn.antq.campaigns.v1.AudienceTotal;
import vn.antq.campaigns.v1.Channel;
import vn.antq.campaigns.v1.ChannelTotal;
import vn.antq.campaigns.v1.CreateForumRequest;
import vn.antq.campaigns.v1.CreatePatrolRequest;
import vn.antq.campaigns.v1.CreateTrainingClassRequest;
import vn.antq.campaigns.v1.DistrictTotals;
import vn.antq.campaigns.v1.Forum;
import vn.antq.campaigns.v1.GetSummaryRequest;
import vn.antq.campaigns.v1.Opinion;
import vn.antq.campaigns.v1.OpinionTopic;
import vn.antq.campaigns.v1.PartnerForce;
import vn.antq.campaigns.v1.Patrol;
import vn.antq.campaigns.v1.PatrolPurpose;
import vn.antq.campaigns.v1.PeriodState;
import vn.antq.campaigns.v1.Place;
import vn.antq.campaigns.v1.PropagandaRounds;
import vn.antq.campaigns.v1.ReportUnitResultsRequest;
import vn.antq.campaigns.v1.Summary;
import vn.antq.campaigns.v1.Totals;
import vn.antq.campaigns.v1.TrainingClass;

/** Totals of a province for a period, and per district, from every kind of record. */
class SummaryTest extends CampaignsTestBase {

  private static final Place HOA_BINH = Place.newBuilder().setDistrict("Huyện Hòa Bình").build();
  private static final Place BAC_LIEU = Place.newBuilder().setDistrict("Thành phố Bạc Liêu").build();

  @Test
  void addsUpEveryRecordOfThePeriodByDistrict() {
    String province = newProvince();
    var activities = activities(officer(province));
    createLaunch(province, launch(date(2025, 1, 10), 100).setLeaflets(300)
        .addPropaganda(PropagandaRounds.newBuilder().setChannel(Channel.MASS_MEDIA).setRounds(2)));
    createLaunch(province, launch(date(2025, 2, 10), 50).setPlace(HOA_BINH).setLeaflets(70));
    createLaunch(province, launch(date(2024, 12, 31), 1000));
    createLaunch(newProvince(), launch(date(2025, 1, 10), 7000));
    activities.createForum(CreateForumRequest.newBuilder().setParent("provinces/" + province).setForum(Forum.newBuilder()
        .setDate(date(2025, 3, 1)).setPlace(HOA_BINH).setAttendees(60)
        .addOpinions(Opinion.newBuilder().setTopic(OpinionTopic.PUBLIC_ORDER).setText("Ý kiến một"))
        .addOpinions(Opinion.newBuilder().setTopic(OpinionTopic.SOCIAL_EVILS).setText("Ý kiến hai"))).build());
    activities.createForum(CreateForumRequest.newBuilder().setParent("provinces/" + province).setForum(Forum.newBuilder()
        .setDate(date(2025, 7, 1)).setPlace(BAC_LIEU).setAttendees(45)).build());
    for (int day = 1; day <= 3; day++) {
      activities.createPatrol(CreatePatrolRequest.newBuilder().setParent("provinces/" + province).setPatrol(Patrol
          .newBuilder().setDate(date(2025, 4, day)).setArea(day == 1 ? BAC_LIEU : DONG_HAI)
          .addPartners(PartnerForce.MILITIA).setPurpose(PatrolPurpose.CRIME_PREVENTION)).build());
    }
    activities.createTrainingClass(CreateTrainingClassRequest.newBuilder().setParent("provinces/" + province)
        .setTrainingClass(TrainingClass.newBuilder().setTitle("Bồi dưỡng Dân phòng")
            .setAudience(Audience.NEIGHBOURHOOD_GUARDS_AND_CIVIL_DEFENCE).setPlace(DONG_HAI)
            .setStartDate(date(2025, 5, 5)).setTrainees(30)).build());
    var results = results(officer(province));
    results.reportUnitResults(ReportUnitResultsRequest.newBuilder()
        .setUnitResults(PeriodsTest.figures(province, "2025-01", "ca-dong-hai", 10)).build());
    results.reportUnitResults(ReportUnitResultsRequest.newBuilder()
        .setUnitResults(PeriodsTest.figures(province, "2025-q3", "ca-hoa-binh", 20).setDistrict("Huyện Hòa Bình"))
        .build());
    results.reportUnitResults(ReportUnitResultsRequest.newBuilder()
        .setUnitResults(PeriodsTest.figures(province, "2025", "ca-tinh", 5).setDistrict("Thành phố Bạc Liêu"))
        .build());
    results.reportUnitResults(ReportUnitResultsRequest.newBuilder()
        .setUnitResults(PeriodsTest.figures(province, "2024-12", "ca-dong-hai", 99)).build());
    results(admin(province)).approvePeriod(ApprovePeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/2025").build());

    Summary year = summary(province, "2025");
    Totals total = year.getProvince();
    assertThat(year.getPeriod().getState()).isEqualTo(PeriodState.APPROVED);
    assertThat(total.getLaunches()).isEqualTo(2);
    assertThat(total.getAttendees()).isEqualTo(150);
    assertThat(total.getLeaflets()).isEqualTo(370);
    assertThat(total.getPropagandaRounds()).isEqualTo(8);
    assertThat(total.getPropagandaByChannelList()).extracting(ChannelTotal::getRounds).containsExactly(2L, 0L, 6L);
    assertThat(total.getForums()).isEqualTo(2);
    assertThat(total.getForumAttendees()).isEqualTo(105);
    assertThat(total.getOpinions()).isEqualTo(2);
    assertThat(total.getPatrols()).isEqualTo(3);
    assertThat(total.getTrainingClasses()).isEqualTo(1);
    assertThat(total.getTrainingByAudienceList()).extracting(AudienceTotal::getClasses).containsExactly(1, 0, 0);
    assertThat(total.getTipsReceived()).isEqualTo(35);
    assertThat(total.getTipsFromDignitaries()).isEqualTo(2 + 4 + 1);
    assertThat(total.getSurrendered()).isEqualTo(3 * 10);
    assertThat(total.getWeaponsSurrendered()).isEqualTo(6);
    assertThat(total.getDisputesMediated()).isEqualTo(3);

    assertThat(year.getDistrictsList()).extracting(DistrictTotals::getDistrict)
        .containsExactly("Huyện Đông Hải", "Huyện Hòa Bình", "Thành phố Bạc Liêu");
    assertThat(year.getDistrictsList()).extracting(d -> d.getTotals().getLaunches()).containsExactly(1, 1, 0);
    assertThat(year.getDistrictsList()).extracting(d -> d.getTotals().getPatrols()).containsExactly(2, 0, 1);
    assertThat(year.getDistrictsList()).extracting(d -> d.getTotals().getTipsReceived()).containsExactly(10L, 20L, 5L);
    assertThat(year.getDistrictsList().stream().mapToLong(d -> d.getTotals().getAttendees()).sum())
        .isEqualTo(total.getAttendees());

    Totals firstQuarter = summary(province, "2025-q1").getProvince();
    assertThat(firstQuarter.getLaunches()).isEqualTo(2);
    assertThat(firstQuarter.getTipsReceived()).as("the year's and the third quarter's results are not in it")
        .isEqualTo(10);
    assertThat(summary(province, "2025-q1").getPeriod().getState()).isEqualTo(PeriodState.LOCKED);
    Totals january = summary(province, "2025-01").getProvince();
    assertThat(january.getLaunches()).isEqualTo(1);
    assertThat(january.getForums()).isZero();
  }

  @Test
  void aPeriodWithoutRecordsSumsToZero() {
    Summary empty = summary(newProvince(), "2020");
    assertThat(empty.getProvince().getLaunches()).isZero();
    assertThat(empty.getDistrictsList()).isEmpty();
    assertThat(empty.getName()).endsWith("/periods/2020/summary");
  }

  private Summary summary(String province, String period) {
    return results(officer(province)).getSummary(GetSummaryRequest.newBuilder()
        .setName("provinces/" + province + "/periods/" + period + "/summary").build());
  }
}

package vn.antq.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.antq.campaigns.v1.ApprovePeriodRequest;
import vn.antq.campaigns.v1.Campaign;
import vn.antq.campaigns.v1.CreateForumRequest;
import vn.antq.campaigns.v1.FollowUpStatus;
import vn.antq.campaigns.v1.Forum;
import vn.antq.campaigns.v1.GetPeriodRequest;
import vn.antq.campaigns.v1.ListUnitResultsRequest;
import vn.antq.campaigns.v1.Opinion;
import vn.antq.campaigns.v1.OpinionTopic;
import vn.antq.campaigns.v1.Period;
import vn.antq.campaigns.v1.PeriodAction;
import vn.antq.campaigns.v1.PeriodEvent;
import vn.antq.campaigns.v1.PeriodKind;
import vn.antq.campaigns.v1.PeriodState;
import vn.antq.campaigns.v1.ReopenPeriodRequest;
import vn.antq.campaigns.v1.ReportUnitResultsRequest;
import vn.antq.campaigns.v1.UnitResults;
import vn.antq.campaigns.v1.UpdateCampaignRequest;
import vn.antq.campaigns.v1.UpdateOpinionRequest;

/** Unit results, and the lock an approval puts on a period until an administrator reopens it. */
class PeriodsTest extends CampaignsTestBase {

  @Test
  void periodsThatDoNotExistAreInvalidArguments() {
    String province = newProvince();
    var stub = results(officer(province));
    int nextYear = LocalDate.now().getYear() + 1;
    for (String id : new String[] {"2023-13", "2023-00", "2023-q5", String.valueOf(nextYear), nextYear + "-01",
        "1900", "23", "2023-Q1", "2023-1", "last-year"}) {
      var error = fails(Status.Code.INVALID_ARGUMENT, () -> stub.getPeriod(GetPeriodRequest.newBuilder()
          .setName("provinces/" + province + "/periods/" + id).build()));
      assertThat(fieldsOf(error)).as(id).containsExactly("name");
      var report = fails(Status.Code.INVALID_ARGUMENT, () -> stub.reportUnitResults(
          ReportUnitResultsRequest.newBuilder().setUnitResults(figures(province, id, "ca-dong-hai", 1)).build()));
      assertThat(fieldsOf(report)).as(id).containsExactly("unit_results.name");
    }
    Period quarter = stub.getPeriod(GetPeriodRequest.newBuilder().setName("provinces/" + province + "/periods/2024-q2")
        .build());
    assertThat(quarter.getKind()).isEqualTo(PeriodKind.QUARTER);
    assertThat(quarter.getStartDate()).isEqualTo(date(2024, 4, 1));
    assertThat(quarter.getEndDate()).isEqualTo(date(2024, 6, 30));
    assertThat(quarter.getState()).isEqualTo(PeriodState.OPEN);
  }

  @Test
  void aReportReplacesTheUnitsFiguresAndChecksThem() {
    String province = newProvince();
    var stub = results(officer(province));
    UnitResults first = report(province, "2025-03", "ca-dong-hai", 10);
    assertThat(first.getReporter()).isEqualTo(province + "-user");
    report(province, "2025-03", "ca-dong-hai", 12);
    report(province, "2025-03", "ca-hoa-binh", 3);
    var listed = stub.listUnitResults(ListUnitResultsRequest.newBuilder()
        .setParent("provinces/" + province + "/periods/2025-03").build());
    assertThat(listed.getUnitResultsList()).extracting(UnitResults::getTipsReceived).containsExactly(12, 3);

    var error = fails(Status.Code.INVALID_ARGUMENT, () -> stub.reportUnitResults(ReportUnitResultsRequest
        .newBuilder().setUnitResults(figures(province, "2025-04", "ca-dong-hai", 5).setTipsFromDignitaries(6)
            .setFireworksSurrendered(-1).clearDistrict()).build()));
    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("unit_results.tips_from_dignitaries",
        "unit_results.fireworks_surrendered", "unit_results.district");
    var badUnit = fails(Status.Code.INVALID_ARGUMENT, () -> stub.reportUnitResults(ReportUnitResultsRequest
        .newBuilder().setUnitResults(figures(province, "2025-04", "Công-An", 5)).build()));
    assertThat(fieldsOf(badUnit)).containsExactly("unit_results.name");
  }

  @Test
  void aUnitReportsEachStretchOfTimeOnce() {
    String province = newProvince();
    report(province, "2025-02", "ca-gia-rai", 4);
    fails(Status.Code.FAILED_PRECONDITION, () -> report(province, "2025-q1", "ca-gia-rai", 9));
    fails(Status.Code.FAILED_PRECONDITION, () -> report(province, "2025", "ca-gia-rai", 9));
    report(province, "2025-q2", "ca-gia-rai", 9);
    report(province, "2025-q1", "ca-vinh-loi", 9);
  }

  @Test
  void onlyAnAdministratorApprovesOrReopens() {
    String province = newProvince();
    String name = "provinces/" + province + "/periods/2025-06";
    fails(Status.Code.PERMISSION_DENIED, () -> results(officer(province))
        .approvePeriod(ApprovePeriodRequest.newBuilder().setName(name).build()));
    results(admin(province)).approvePeriod(ApprovePeriodRequest.newBuilder().setName(name).build());
    fails(Status.Code.PERMISSION_DENIED, () -> results(officer(province))
        .reopenPeriod(ReopenPeriodRequest.newBuilder().setName(name).setReason("sửa số liệu").build()));
    fails(Status.Code.PERMISSION_DENIED, () -> results(admin("ca-mau"))
        .reopenPeriod(ReopenPeriodRequest.newBuilder().setName(name).setReason("sửa số liệu").build()));
    assertThat(period(province, "2025-06").getState()).isEqualTo(PeriodState.APPROVED);
  }

  @Test
  void anApprovedYearLocksEverythingInsideUntilReopenedWithAReason() {
    String province = newProvince();
    report(province, "2025-03", "ca-dong-hai", 10);
    Campaign launch = createLaunch(province, launch(date(2025, 3, 12), 90));
    Forum forum = activities(officer(province)).createForum(CreateForumRequest.newBuilder()
        .setParent("provinces/" + province).setForum(Forum.newBuilder().setDate(date(2025, 3, 20)).setPlace(DONG_HAI)
            .setAttendees(40).addOpinions(Opinion.newBuilder().setTopic(OpinionTopic.TRAFFIC_SAFETY)
                .setText("Lắp đèn tín hiệu ở ngã tư"))).build());
    var admin = results(admin(province));

    Period approved = admin.approvePeriod(ApprovePeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/2025").build());
    assertThat(approved.getState()).isEqualTo(PeriodState.APPROVED);
    assertThat(admin.approvePeriod(ApprovePeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/2025").build()).getHistoryList())
        .as("approving again changes nothing").hasSize(1);

    fails(Status.Code.FAILED_PRECONDITION, () -> report(province, "2025-03", "ca-dong-hai", 11));
    fails(Status.Code.FAILED_PRECONDITION, () -> report(province, "2025-q4", "ca-hoa-binh", 1));
    fails(Status.Code.FAILED_PRECONDITION, () -> createLaunch(province, launch(date(2025, 3, 13), 5)));
    fails(Status.Code.FAILED_PRECONDITION, () -> activities(officer(province)).updateCampaign(
        UpdateCampaignRequest.newBuilder().setCampaign(launch.toBuilder().setAttendees(91))
            .setUpdateMask(FieldMask.newBuilder().addPaths("attendees")).build()));
    fails(Status.Code.FAILED_PRECONDITION, () -> activities(officer(province)).updateCampaign(
        UpdateCampaignRequest.newBuilder().setCampaign(launch.toBuilder().setStartDate(date(2024, 12, 30)))
            .setUpdateMask(FieldMask.newBuilder().addPaths("start_date")).build()));
    assertThat(activities(officer(province)).updateOpinion(UpdateOpinionRequest.newBuilder()
        .setOpinion(forum.getOpinions(0).toBuilder().setFollowUpStatus(FollowUpStatus.REFERRED)).build())
        .getFollowUpStatus()).as("follow-up is not locked").isEqualTo(FollowUpStatus.REFERRED);
    createLaunch(province, launch(date(2024, 12, 31), 5));

    Period month = period(province, "2025-03");
    assertThat(month.getState()).isEqualTo(PeriodState.LOCKED);
    assertThat(month.getLockedBy()).isEqualTo("provinces/" + province + "/periods/2025");
    fails(Status.Code.FAILED_PRECONDITION, () -> admin.reopenPeriod(ReopenPeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/2025-03").setReason("sai số").build()));
    var noReason = fails(Status.Code.INVALID_ARGUMENT, () -> admin.reopenPeriod(ReopenPeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/2025").setReason("   ").build()));
    assertThat(fieldsOf(noReason)).containsExactly("reason");

    Period reopened = admin.reopenPeriod(ReopenPeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/2025")
        .setReason("Công an huyện Đông Hải báo cáo bổ sung số liệu tháng 3").build());
    assertThat(reopened.getState()).isEqualTo(PeriodState.OPEN);
    assertThat(reopened.getHistoryList()).extracting(PeriodEvent::getAction)
        .containsExactly(PeriodAction.APPROVE, PeriodAction.REOPEN);
    assertThat(reopened.getHistory(1).getReason()).isEqualTo("Công an huyện Đông Hải báo cáo bổ sung số liệu tháng 3");
    assertThat(reopened.getHistory(1).getActor()).isEqualTo(province + "-user");
    fails(Status.Code.FAILED_PRECONDITION, () -> admin.reopenPeriod(ReopenPeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/2025").setReason("lần nữa").build()));

    assertThat(report(province, "2025-03", "ca-dong-hai", 11).getTipsReceived()).isEqualTo(11);
    createLaunch(province, launch(date(2025, 3, 13), 5));
  }

  @Test
  void anApprovedMonthLeavesTheRestOfTheYearOpen() {
    String province = newProvince();
    results(admin(province)).approvePeriod(ApprovePeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/2025-05").build());
    fails(Status.Code.FAILED_PRECONDITION, () -> createLaunch(province, launch(date(2025, 5, 31), 5)));
    fails(Status.Code.FAILED_PRECONDITION, () -> report(province, "2025-05", "ca-phuoc-long", 1));
    createLaunch(province, launch(date(2025, 6, 1), 5));
    report(province, "2025-q2", "ca-hong-dan", 1);
    assertThat(period(province, "2025-q2").getState()).isEqualTo(PeriodState.OPEN);
  }

  private Period period(String province, String id) {
    return results(officer(province)).getPeriod(GetPeriodRequest.newBuilder()
        .setName("provinces/" + province + "/periods/" + id).build());
  }

  private UnitResults report(String province, String period, String unit, int tips) {
    return results(officer(province)).reportUnitResults(ReportUnitResultsRequest.newBuilder()
        .setUnitResults(figures(province, period, unit, tips)).build());
  }

  static UnitResults.Builder figures(String province, String period, String unit, int tips) {
    return UnitResults.newBuilder().setName("provinces/" + province + "/periods/" + period + "/results/" + unit)
        .setUnitDisplayName("Công an huyện Đông Hải").setDistrict("Huyện Đông Hải").setTipsReceived(tips)
        .setTipsFromDignitaries(tips / 5).setWeaponsSurrendered(2).setExplosivesSurrendered(1)
        .setSupportToolsSurrendered(3).setFireworksSurrendered(4).setDisputesMediated(1);
  }
}

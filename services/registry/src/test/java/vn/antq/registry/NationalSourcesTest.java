package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.antq.registry.ModelRegistryTest.suffix;
import static vn.antq.test.GrpcCalls.fieldsOf;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.campaigns.v1.Totals;
import vn.antq.registry.v1.Gap;
import vn.antq.registry.v1.GetNationalDashboardRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelReview;
import vn.antq.registry.v1.NationalDashboard;
import vn.antq.registry.v1.NominateModelRequest;
import vn.antq.registry.v1.Nomination;
import vn.antq.registry.v1.PeriodActivity;
import vn.antq.registry.v1.ProvinceFigures;
import vn.antq.registry.v1.ReviewModelsRequest;
import vn.antq.registry.v1.Section;
import vn.antq.registry.v1.Sector;
import vn.antq.welfare.v1.ProvinceWelfareTotals;

/**
 * The members, campaigns and welfare sources against real gRPC servers standing in for those
 * services: the dashboard's sections, a nomination's evidence and a review's indicators carry their
 * figures; a silent service leaves its section missing and the report still returns.
 */
class NationalSourcesTest extends RegistryTestBase {

  static final FakeReportBackends REPORTS = new FakeReportBackends();
  private static final int OWN_PORT = freePort();
  private static final Duration BUDGET = Duration.ofMillis(4000);
  private static final String ANALYST = ISSUER.nationalToken("MINISTRY_ANALYST");

  @DynamicPropertySource
  static void reportServices(DynamicPropertyRegistry registry) {
    // A context of its own, beside the shared one: on a port of its own.
    registry.add("spring.grpc.server.port", () -> OWN_PORT);
    registry.add("spring.grpc.client.channels.campaigns.address", REPORTS::address);
    registry.add("spring.grpc.client.channels.welfare.address", REPORTS::address);
    registry.add("antq.registry.national.fan-out-budget", () -> BUDGET.toMillis() + "ms");
    registry.add("antq.remote.targets.campaigns.deadline", () -> "1500ms");
    registry.add("antq.remote.targets.campaigns.max-attempts", () -> "1");
    registry.add("antq.remote.targets.welfare.deadline", () -> "1500ms");
    registry.add("antq.remote.targets.welfare.max-attempts", () -> "1");
  }

  @AfterEach
  void answerAgain() {
    REPORTS.silent = false;
  }

  @Test
  void theDashboardHasTheMembersCampaignsAndWelfareSectionsForThePeriodAsked() {
    String province = "src-" + suffix();
    activeModel(province, "S-1", "Tổ tự quản về ANTT đê biển", Sector.FOREST_AND_COAST, 2);
    MEMBERS.provinceTotals.put(province, new long[] {25, 19, 20});
    REPORTS.results.put(province, Totals.newBuilder().setLaunches(14).setAttendees(1312).setTipsReceived(19)
        .setSurrendered(22).setDisputesMediated(4).setPatrols(7).setForums(2).build());
    REPORTS.welfareTotals.put(province, ProvinceWelfareTotals.newBuilder().setProvince(province).setCharityHouses(3)
        .setRuralBridges(1).setGiftPackages(250).setScholarships(4).setHealthInsuranceCards(9).setRiceKilograms(600)
        .setTotalValue(475_000_000).build());

    NationalDashboard dashboard = national(ANALYST).getNationalDashboard(
        GetNationalDashboardRequest.newBuilder().setPeriod("2023").build());

    assertThat(dashboard.getComplete()).as("%s", dashboard.getGapsList()).isTrue();
    assertThat(REPORTS.periodsAsked).last().isEqualTo("2023");
    assertThat(dashboard.getGapsList()).singleElement().satisfies(gap -> {
      assertThat(gap.getSection()).isEqualTo(Section.AWARDS);
      assertThat(gap.getKind()).isEqualTo(Gap.Kind.NOT_AVAILABLE);
    });
    ProvinceFigures row = NationalDashboardTest.row(dashboard, province);
    assertThat(row.getMembers()).as("registry").isEqualTo(20);
    assertThat(row.getRegisteredMembers()).isEqualTo(20);
    assertThat(row.getRegisteredPersons()).isEqualTo(25);
    assertThat(row.getCampaignLaunches()).isEqualTo(14);
    assertThat(row.getCampaignAttendees()).isEqualTo(1312);
    assertThat(row.getTips()).isEqualTo(19);
    assertThat(row.getSurrenderedItems()).isEqualTo(22);
    assertThat(row.getMediations()).isEqualTo(4);
    assertThat(row.getPatrols()).isEqualTo(7);
    assertThat(row.getForums()).isEqualTo(2);
    assertThat(row.getCharityHouses()).isEqualTo(3);
    assertThat(row.getRuralBridges()).isEqualTo(1);
    assertThat(row.getGiftPackages()).isEqualTo(250);
    assertThat(row.getScholarships()).isEqualTo(4);
    assertThat(row.getHealthInsuranceCards()).isEqualTo(9);
    assertThat(row.getRiceKilograms()).isEqualTo(600);
    assertThat(row.getWelfareVnd()).isEqualTo(475_000_000);
    assertThat(row.getMissingList()).containsExactly(Section.AWARDS);
    assertThat(dashboard.getNation().getTips()).isEqualTo(
        dashboard.getProvincesList().stream().mapToLong(ProvinceFigures::getTips).sum());
    ProvinceFigures anGiang = NationalDashboardTest.row(dashboard, "an-giang");
    assertThat(anGiang.hasTips()).as("a province the source did not list has none: zero, not missing").isTrue();
    assertThat(anGiang.getTips()).isZero();

    StatusRuntimeException badPeriod = assertThrows(StatusRuntimeException.class, () -> national(ANALYST)
        .getNationalDashboard(GetNationalDashboardRequest.newBuilder().setPeriod("2023-q7").build()));
    assertThat(badPeriod.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fieldsOf(badPeriod)).containsExactly("period");
  }

  @Test
  void aSilentServiceLeavesItsSectionsMissingAndTheReportReturnsWithinItsBudget() {
    String province = "quiet-" + suffix();
    activeModel(province, "Q-1", "Tuyến kênh an toàn về ANTT", Sector.WATERWAYS, 1);
    REPORTS.silent = true;

    long started = System.nanoTime();
    NationalDashboard dashboard = national(ANALYST).getNationalDashboard(GetNationalDashboardRequest.getDefaultInstance());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isLessThan(BUDGET.plusSeconds(5));
    assertThat(dashboard.getComplete()).isFalse();
    assertThat(dashboard.getGapsList()).filteredOn(gap -> gap.getKind() == Gap.Kind.UNREACHABLE)
        .extracting(Gap::getSection).containsExactlyInAnyOrder(Section.CAMPAIGNS, Section.WELFARE);
    ProvinceFigures row = NationalDashboardTest.row(dashboard, province);
    assertThat(row.getGroups()).isEqualTo(1);
    assertThat(row.hasTips() || row.hasWelfareVnd()).as("missing, never 0").isFalse();
    assertThat(row.getMissingList()).contains(Section.CAMPAIGNS, Section.WELFARE).doesNotContain(Section.MEMBERS);
  }

  @Test
  void aNominationsEvidenceAndAReviewsIndicatorsComeFromTheProvincesOwnFigures() {
    String province = "ev-" + suffix();
    Model model = activeModel(province, "EV-1", "Câu lạc bộ nữ phòng chống tội phạm", Sector.WOMEN, 2, 2);
    String id = model.getName().substring(model.getName().lastIndexOf('/') + 1);
    var now = vn.antq.registry.domain.Period.containing(java.time.LocalDate.now());
    String current = now.year() + "-q" + now.quarter();
    String previous = now.previous().year() + "-q" + now.previous().quarter();
    MEMBERS.modelFigures.put(id, new long[] {40, 6});
    REPORTS.activity.put(id, Map.of(current, new long[] {3, 180, 8, 2}, previous, new long[] {1, 60, 4, 1}));
    REPORTS.welfare.put(id, new long[] {2, 120, 160_000_000});
    String admin = provinceAdmin(province);

    Nomination nomination = registry(admin).nominateModel(NominateModelRequest.newBuilder()
        .setName(model.getName()).setNote("Phụ nữ tham gia phòng chống tội phạm").build());

    var evidence = nomination.getEvidence();
    assertThat(evidence.getMembers().getRegisteredMembers()).isEqualTo(40);
    assertThat(evidence.getMembers().getJoinedInLastPeriod()).isEqualTo(6);
    assertThat(evidence.getGapsList()).extracting(Gap::getSection).containsExactly(Section.AWARDS);
    assertThat(evidence.getCampaigns().getPeriodsList()).first().satisfies(latest -> {
      assertThat(latest.getPeriod()).isEqualTo(current.toUpperCase());
      assertThat(latest.getActivities()).isEqualTo(3);
      assertThat(latest.getAttendees()).isEqualTo(180);
      assertThat(latest.getTips()).isEqualTo(8);
      assertThat(latest.getMediations()).isEqualTo(2);
    });
    assertThat(evidence.getCampaigns().getPeriodsList()).extracting(PeriodActivity::getTips).startsWith(8L, 4L);
    assertThat(evidence.getWelfare().getCharityHouses()).isEqualTo(2);
    assertThat(evidence.getWelfare().getGifts()).isEqualTo(120);
    assertThat(evidence.getWelfare().getTotalVnd()).isEqualTo(160_000_000);
    assertThat(evidence.getGapsList()).extracting(Gap::getSection).containsExactly(Section.AWARDS);
    assertThat(MEMBERS.modelFigureTokens).as("the province's own token, forwarded").contains("Bearer " + admin);

    ModelReview review = registry(officer(province)).reviewModels(ReviewModelsRequest.newBuilder()
        .setParent("provinces/" + province).setPeriod(now.toString()).build()).getReviews(0);
    var indicators = review.getIndicators();
    assertThat(indicators.getMembers()).isEqualTo(40);
    assertThat(indicators.getActivities()).isEqualTo(3);
    assertThat(indicators.getTips()).isEqualTo(8);
    assertThat(indicators.getMediations()).isEqualTo(2);
    assertThat(indicators.getTipsPerThousandMembers()).isEqualTo(200.0);
    assertThat(indicators.getMediationsPerThousandMembers()).isEqualTo(50.0);
    assertThat(review.getFlagsList()).as("active, figures changing").isEmpty();
    assertThat(review.getGapsList()).extracting(Gap::getSection).containsExactly(Section.AWARDS);
  }
}

package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.antq.registry.ModelRegistryTest.suffix;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.GetProvinceCountsRequest;
import vn.antq.registry.v1.ListModelReviewsRequest;
import vn.antq.registry.v1.ListNationalReviewsRequest;
import vn.antq.registry.v1.ListReplicationPointsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelReview;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.RetireModelRequest;
import vn.antq.registry.v1.ReviewFlag;
import vn.antq.registry.v1.ReviewModelsRequest;
import vn.antq.registry.v1.Section;
import vn.antq.registry.v1.Sector;
import vn.antq.registry.v1.WarnModelRequest;

/** Periodic reviews from the registry's real figures, warnings, and retirement by decision. */
class ReviewTest extends RegistryTestBase {

  @Test
  void reviewsFlagWhatTheRegistryCanKnowAndMarkActivityIndicatorsNotAvailable() {
    String province = "rev-" + suffix();
    Model empty = activeModel(province, "R-EMPTY", "Tổ tự quản về ANTT chợ Gành Hào", Sector.OTHER);
    Model steady = activeModel(province, "R-STEADY", "Khu dân cư tự quản về ANTT Phường 1", Sector.RESIDENTIAL_AREA, 2);
    Model draft = registry(officer(province)).createModel(CreateModelRequest.newBuilder()
        .setParent("provinces/" + province)
        .setModel(Model.newBuilder().setCode("R-DRAFT").setDisplayName("Mô hình nháp").setSector(Sector.OTHER)).build());

    List<ModelReview> first = review(province, "2025-Q1");
    assertThat(first).extracting(ModelReview::getModelDisplayName)
        .as("drafts are not reviewed").containsExactlyInAnyOrder(empty.getDisplayName(), steady.getDisplayName());
    ModelReview emptyReview = reviewOf(first, empty);
    assertThat(emptyReview.getFlagsList()).extracting(ReviewFlag::getKind)
        .containsExactly(ReviewFlag.Kind.NO_REPLICATION_POINTS);
    ModelReview steadyReview = reviewOf(first, steady);
    assertThat(steadyReview.getName()).isEqualTo(steady.getName() + "/reviews/2025-Q1");
    assertThat(steadyReview.getFlagsList()).isEmpty();
    assertThat(steadyReview.getIndicators().getMembers()).isEqualTo(20);
    assertThat(steadyReview.getIndicators().hasActivities() || steadyReview.getIndicators().hasTipsPerThousandMembers()
        || steadyReview.getIndicators().hasAwards()).as("not available, never zero").isFalse();
    assertThat(steadyReview.getGapsList()).extracting(gap -> gap.getSection())
        .containsExactlyInAnyOrder(Section.CAMPAIGNS, Section.AWARDS, Section.WELFARE);

    review(province, "2025-Q2");
    List<ModelReview> third = review(province, "2025-Q3");
    assertThat(reviewOf(third, steady).getFlagsList()).extracting(ReviewFlag::getKind)
        .as("the same counts three periods running").containsExactly(ReviewFlag.Kind.COUNTS_UNCHANGED);
    assertThat(review(province, "2025-Q3")).as("a period is recorded once")
        .extracting(ModelReview::getReviewTime).containsExactlyInAnyOrderElementsOf(
            third.stream().map(ModelReview::getReviewTime).toList());

    List<ModelReview> flagged = national(ISSUER.nationalToken("MINISTRY_ANALYST")).listNationalReviews(
        ListNationalReviewsRequest.newBuilder().setPeriod("2025-Q3").setFlaggedOnly(true).setPageSize(500).build())
        .getReviewsList();
    assertThat(flagged).extracting(ModelReview::getName).contains(
        steady.getName() + "/reviews/2025-Q3", empty.getName() + "/reviews/2025-Q3");
    assertThat(flagged).allMatch(review -> review.getFlagsCount() > 0);
    assertThat(registry(provinceAdmin(province)).retireModel(RetireModelRequest.newBuilder().setName(draft.getName())
        .setDecision(NationalReplicationTest.DECISION).setReason("Không triển khai").build()).getStatus())
        .as("a draft that never ran is retired without a warning").isEqualTo(ModelStatus.RETIRED);
    assertThat(fieldsOf(assertThrows(StatusRuntimeException.class, () -> review(province, "2025-Q9"))))
        .containsExactly("period");
    assertThat(fieldsOf(assertThrows(StatusRuntimeException.class, () -> review(province, "2999-Q1"))))
        .containsExactly("period");
  }

  @Test
  void aWarnedModelIsRetiredByDecisionAndItsHistoryAndFiguresStay() {
    String province = "ret-" + suffix();
    Model model = activeModel(province, "RT-1", "Tổ tự quản về ANTT bến đò Ninh Quới", Sector.WATERWAYS, 1, 2);
    review(province, "2025-Q1");
    var admin = registry(provinceAdmin(province));
    fails(Status.Code.FAILED_PRECONDITION, () -> admin.retireModel(RetireModelRequest.newBuilder()
        .setName(model.getName()).setDecision(NationalReplicationTest.DECISION).setReason("Hình thức").build()));
    fails(Status.Code.PERMISSION_DENIED, () -> registry(officer(province)).warnModel(WarnModelRequest.newBuilder()
        .setName(model.getName()).setReason("Hình thức").build()));

    Model warned = admin.warnModel(WarnModelRequest.newBuilder().setName(model.getName())
        .setReason("Không có hoạt động trong 2 quý").build());
    assertThat(warned.getStatus()).isEqualTo(ModelStatus.UNDER_REVIEW);
    assertThat(warned.getWarning().getReason()).isEqualTo("Không có hoạt động trong 2 quý");
    StatusRuntimeException incomplete = assertThrows(StatusRuntimeException.class, () -> admin.retireModel(
        RetireModelRequest.newBuilder().setName(model.getName()).build()));
    assertThat(fieldsOf(incomplete)).containsExactlyInAnyOrder("decision.number", "decision.date", "reason");

    Model retired = admin.retireModel(RetireModelRequest.newBuilder().setName(model.getName())
        .setDecision(NationalReplicationTest.DECISION).setReason("Hoạt động hình thức").build());
    assertThat(retired.getStatus()).isEqualTo(ModelStatus.RETIRED);
    assertThat(retired.getRetirement().getDecision().getNumber()).isEqualTo("1234/QĐ-BCA");
    assertThat(retired.getRetirement().getReason()).isEqualTo("Hoạt động hình thức");

    var officer = registry(officer(province));
    assertThat(officer.getModel(GetModelRequest.newBuilder().setName(model.getName()).build()).getMemberCount())
        .isEqualTo(30);
    assertThat(officer.listReplicationPoints(ListReplicationPointsRequest.newBuilder().setParent(model.getName())
        .build()).getReplicationPointsCount()).isEqualTo(2);
    List<ModelReview> history = officer.listModelReviews(ListModelReviewsRequest.newBuilder()
        .setParent(model.getName()).build()).getReviewsList();
    assertThat(history).singleElement().satisfies(past -> {
      assertThat(past.getPeriod()).isEqualTo("2025-Q1");
      assertThat(past.getModelStatus()).isEqualTo(ModelStatus.ACTIVE);
      assertThat(past.getIndicators().getMembers()).isEqualTo(30);
    });
    assertThat(officer.getProvinceCounts(GetProvinceCountsRequest.newBuilder()
        .setName("provinces/" + province + "/counts").build()).getMembers()).isEqualTo(30);
    assertThat(review(province, "2025-Q2")).as("a retired model is not reviewed any more").isEmpty();
  }

  private List<ModelReview> review(String province, String period) {
    return registry(officer(province)).reviewModels(ReviewModelsRequest.newBuilder()
        .setParent("provinces/" + province).setPeriod(period).build()).getReviewsList();
  }

  private static ModelReview reviewOf(List<ModelReview> reviews, Model model) {
    return reviews.stream().filter(r -> r.getName().startsWith(model.getName() + "/")).findFirst().orElseThrow();
  }
}

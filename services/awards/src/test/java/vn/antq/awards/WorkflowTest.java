package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.invalidFields;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import vn.antq.awards.v1.CreateNominationRequest;
import vn.antq.awards.v1.Decision;
import vn.antq.awards.v1.GetDecisionRequest;
import vn.antq.awards.v1.GetNominationRequest;
import vn.antq.awards.v1.IssueNominationRequest;
import vn.antq.awards.v1.IssuingLevel;
import vn.antq.awards.v1.ListAwardFormsRequest;
import vn.antq.awards.v1.ListNominationEventsRequest;
import vn.antq.awards.v1.Nomination;
import vn.antq.awards.v1.NominationEvent;
import vn.antq.awards.v1.NominationState;
import vn.antq.awards.v1.ReviewNominationRequest;
import vn.antq.awards.v1.Verification;

/** nominate → review → decision → issued, every step recorded; no step skipped or repeated. */
class WorkflowTest extends AwardsTestBase {

  @Test
  void aNominationGoesThroughEveryStepAndEachIsRecorded() {
    String province = freshProvince();
    Nomination nominated = nominate(province, agency("Công an xã Vĩnh Trạch", IssuingLevel.PROVINCIAL_COMMITTEE,
        "BANG_KHEN"));
    assertThat(nominated.getState()).isEqualTo(NominationState.NOMINATED);
    assertThat(nominated.getRecipient().getVerification()).isEqualTo(Verification.NOT_LINKED);
    assertThat(nominated.getDaysToDecision()).isEqualTo(-1);
    assertThat(nominated.getName()).startsWith("provinces/" + province + "/awardNominations/");

    Nomination approved = approve(province, nominated);
    assertThat(approved.getState()).isEqualTo(NominationState.APPROVED);

    Decision decision = decide(province, "1234/QĐ-UBND", date(2024, 3, 30), IssuingLevel.PROVINCIAL_COMMITTEE,
        approved);
    assertThat(decision.getName()).startsWith("provinces/" + province + "/awardDecisions/");
    assertThat(decision.getNominationsList()).containsExactly(nominated.getName());
    assertThat(awards(officer(province)).getDecision(GetDecisionRequest.newBuilder().setName(decision.getName())
        .build())).isEqualTo(decision);

    Nomination decided = awards(officer(province)).getNomination(GetNominationRequest.newBuilder()
        .setName(nominated.getName()).build());
    assertThat(decided.getState()).isEqualTo(NominationState.DECIDED);
    assertThat(decided.getDecision()).isEqualTo(decision.getName());
    assertThat(decided.getDaysToDecision()).as("31 Dec 2023 to 30 Mar 2024").isEqualTo(90);

    Nomination issued = awards(officer(province)).issueNomination(IssueNominationRequest.newBuilder()
        .setName(nominated.getName()).setIssueDate(date(2024, 4, 15)).build());
    assertThat(issued.getState()).isEqualTo(NominationState.ISSUED);
    assertThat(issued.getIssueDate()).isEqualTo(date(2024, 4, 15));

    var events = awards(officer(province)).listNominationEvents(ListNominationEventsRequest.newBuilder()
        .setParent(nominated.getName()).build()).getEventsList();
    assertThat(events).extracting(NominationEvent::getAction).containsExactly("NOMINATE", "REVIEW", "DECIDE", "ISSUE");
    assertThat(events).extracting(NominationEvent::getToState).containsExactly(NominationState.NOMINATED,
        NominationState.APPROVED, NominationState.DECIDED, NominationState.ISSUED);
    assertThat(events.get(2).getFromState()).isEqualTo(NominationState.APPROVED);
    assertThat(events.get(2).getDetail()).contains("1234/QĐ-UBND");
    assertThat(events).allSatisfy(event -> assertThat(event.getSubject()).isNotEmpty());
  }

  @Test
  void aRejectionNeedsAReasonAndEndsTheNomination() {
    String province = freshProvince();
    Nomination nominated = nominate(province, person("Lê Thị Hồng", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN"));
    assertThat(invalidFields(() -> awards(admin(province)).reviewNomination(ReviewNominationRequest.newBuilder()
        .setName(nominated.getName()).setApprove(false).build()))).containsExactly("reason");

    Nomination rejected = awards(admin(province)).reviewNomination(ReviewNominationRequest.newBuilder()
        .setName(nominated.getName()).setApprove(false).setReason("Thành tích chưa đủ tiêu chuẩn").build());
    assertThat(rejected.getState()).isEqualTo(NominationState.REJECTED);
    assertThat(rejected.getReviewReason()).isEqualTo("Thành tích chưa đủ tiêu chuẩn");
    fails(Status.Code.FAILED_PRECONDITION, () -> approve(province, nominated));
    fails(Status.Code.FAILED_PRECONDITION, () -> decide(province, "5/QĐ-CAT", date(2024, 1, 5),
        IssuingLevel.PROVINCIAL_POLICE, nominated));
  }

  @Test
  void noStepIsSkippedOrTakenTwiceAndNothingChangesWhenRefused() {
    String province = freshProvince();
    Nomination nominated = nominate(province, agency("Trường THPT Giá Rai", IssuingLevel.MINISTRY, "BANG_KHEN"));

    var skipReview = fails(Status.Code.FAILED_PRECONDITION, () -> decide(province, "77/QĐ-BCA", date(2024, 2, 1),
        IssuingLevel.MINISTRY, nominated));
    assertThat(skipReview.getStatus().getDescription()).contains("NOMINATED", "needs an APPROVED nomination");
    fails(Status.Code.FAILED_PRECONDITION, () -> awards(officer(province)).issueNomination(
        IssueNominationRequest.newBuilder().setName(nominated.getName()).setIssueDate(date(2024, 2, 1)).build()));

    Nomination approved = approve(province, nominated);
    fails(Status.Code.FAILED_PRECONDITION, () -> approve(province, approved));
    fails(Status.Code.FAILED_PRECONDITION, () -> awards(officer(province)).issueNomination(
        IssueNominationRequest.newBuilder().setName(nominated.getName()).setIssueDate(date(2024, 2, 1)).build()));

    Nomination now = awards(officer(province)).getNomination(GetNominationRequest.newBuilder()
        .setName(nominated.getName()).build());
    assertThat(now.getState()).isEqualTo(NominationState.APPROVED);
    assertThat(now.getDecision()).isEmpty();
    assertThat(awards(officer(province)).listNominationEvents(ListNominationEventsRequest.newBuilder()
        .setParent(nominated.getName()).build()).getEventsCount()).as("refused steps leave no event").isEqualTo(2);

    decide(province, "77/QĐ-BCA", date(2024, 2, 1), IssuingLevel.MINISTRY, approved);
    fails(Status.Code.FAILED_PRECONDITION, () -> decide(province, "78/QĐ-BCA", date(2024, 2, 2),
        IssuingLevel.MINISTRY, approved));
    invalidFields(() -> awards(officer(province)).issueNomination(IssueNominationRequest.newBuilder()
        .setName(nominated.getName()).setIssueDate(date(2024, 1, 31)).build()));
  }

  @Test
  void aDecisionNumberIsUniquePerIssuerAndYear() {
    String province = freshProvince();
    Nomination first = approve(province, nominate(province, agency("Tổ tự quản số 1", IssuingLevel.MINISTRY,
        "BANG_KHEN")));
    Nomination second = approve(province, nominate(province, agency("Tổ tự quản số 2", IssuingLevel.MINISTRY,
        "BANG_KHEN")));
    Nomination third = approve(province, nominate(province, agency("Tổ tự quản số 3",
        IssuingLevel.PROVINCIAL_COMMITTEE, "BANG_KHEN")));
    decide(province, "2150/QĐ-BCA", date(2024, 5, 10), IssuingLevel.MINISTRY, first);

    assertThat(invalidFields(Status.Code.ALREADY_EXISTS, () -> decide(province, "2150 / qđ-bca", date(2024, 8, 1),
        IssuingLevel.MINISTRY, second))).containsExactly("decision.number");
    assertThat(awards(officer(province)).getNomination(GetNominationRequest.newBuilder().setName(second.getName())
        .build()).getState()).as("nothing stored").isEqualTo(NominationState.APPROVED);

    // The same number is another decision for another issuer, or in another year.
    decide(province, "2150/QĐ-BCA", date(2024, 5, 10), IssuingLevel.PROVINCIAL_COMMITTEE, third);
    assertThat(decide(province, "2150/QĐ-BCA", date(2025, 1, 6), IssuingLevel.MINISTRY, second).getNumber())
        .isEqualTo("2150/QĐ-BCA");
  }

  @Test
  void oneDecisionCommendsSeveralRecipientsAllOrNothing() {
    String province = freshProvince();
    Nomination a = approve(province, nominate(province, person("Trần Văn Bé", IssuingLevel.MINISTRY,
        "KY_NIEM_CHUONG")));
    Nomination b = approve(province, nominate(province, person("Nguyễn Thị Mai", IssuingLevel.MINISTRY,
        "KY_NIEM_CHUONG")));
    Nomination notApproved = nominate(province, person("Huỳnh Văn Tư", IssuingLevel.MINISTRY, "KY_NIEM_CHUONG"));

    fails(Status.Code.FAILED_PRECONDITION, () -> decide(province, "900/QĐ-BCA", date(2024, 6, 1),
        IssuingLevel.MINISTRY, a, b, notApproved));
    assertThat(awards(officer(province)).getNomination(GetNominationRequest.newBuilder().setName(a.getName())
        .build()).getState()).isEqualTo(NominationState.APPROVED);

    Decision decision = decide(province, "900/QĐ-BCA", date(2024, 6, 1), IssuingLevel.MINISTRY, a, b);
    assertThat(decision.getNominationsList()).containsExactlyInAnyOrder(a.getName(), b.getName());
  }

  @Test
  void aRetryWithTheSameRequestIdCreatesNothingTwice() {
    String province = freshProvince();
    CreateNominationRequest request = CreateNominationRequest.newBuilder().setParent("provinces/" + province)
        .setRequestId("nom-1").setNomination(agency("Hội Nông dân xã", IssuingLevel.DISTRICT, "GIAY_KHEN")).build();
    Nomination first = awards(officer(province)).createNomination(request);
    Nomination again = awards(officer(province)).createNomination(request);
    assertThat(again).isEqualTo(first);
    assertThat(nominationCount(province)).isEqualTo(1);
    fails(Status.Code.ALREADY_EXISTS, () -> awards(officer(province)).createNomination(request.toBuilder()
        .setNomination(agency("Hội Phụ nữ xã", IssuingLevel.DISTRICT, "GIAY_KHEN")).build()));
  }

  @Test
  void vietnameseTextRoundTripsInNfc() {
    String province = freshProvince();
    String decomposed = java.text.Normalizer.normalize("Câu lạc bộ người hoàn lương phường Nhà Mát",
        java.text.Normalizer.Form.NFD);
    Nomination nominated = nominate(province, agency(decomposed, IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN"));
    assertThat(nominated.getRecipient().getDisplayName()).isEqualTo("Câu lạc bộ người hoàn lương phường Nhà Mát");
    assertThat(nominated.getAchievement().getCitation())
        .isEqualTo("Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023");
    assertThat(awards(officer(province)).getNomination(GetNominationRequest.newBuilder()
        .setName(nominated.getName()).build())).isEqualTo(nominated);
  }

  @Test
  void formsComeFromConfigurationWithTheProvincesOwn() {
    String province = freshProvince();
    var common = awards(officer(province)).listAwardForms(ListAwardFormsRequest.newBuilder()
        .setParent("provinces/" + province).build());
    assertThat(common.getAwardFormsList()).extracting(f -> f.getCode())
        .containsExactly("BANG_KHEN", "GIAY_KHEN", "KY_NIEM_CHUONG");
    assertThat(common.getOverdueAfterDays()).isEqualTo(90);

    var camau = awards(officer("ca-mau")).listAwardForms(ListAwardFormsRequest.newBuilder()
        .setParent("provinces/ca-mau").build());
    assertThat(camau.getAwardFormsList()).extracting(f -> f.getDisplayName())
        .containsExactly("Bằng khen", "Giấy khen", "Kỷ niệm chương Bảo vệ an ninh Tổ quốc", "Cờ thi đua");
    assertThat(camau.getOverdueAfterDays()).isEqualTo(60);
  }
}

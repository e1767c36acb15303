package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.invalidFields;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import vn.antq.awards.v1.CreateDecisionRequest;
import vn.antq.awards.v1.Decision;
import vn.antq.awards.v1.GetAwardSummaryRequest;
import vn.antq.awards.v1.GetNominationRequest;
import vn.antq.awards.v1.IssuingLevel;
import vn.antq.awards.v1.ListNominationsRequest;
import vn.antq.awards.v1.Nomination;
import vn.antq.awards.v1.ReviewNominationRequest;

/** The service's own lock: two provinces over gRPC, without any gateway in front; roles per step. */
class ProvinceIsolationTest extends AwardsTestBase {

  @Test
  void aProvinceCannotReadListOrChangeAnothersNominations() {
    String baclieu = freshProvince();
    String camau = freshProvince();
    Nomination nomination = nominate(baclieu, agency("Xã Vĩnh Hậu", IssuingLevel.PROVINCIAL_COMMITTEE, "BANG_KHEN"));
    var other = awards(admin(camau));

    fails(Status.Code.PERMISSION_DENIED, () -> other.getNomination(GetNominationRequest.newBuilder()
        .setName(nomination.getName()).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> other.listNominations(ListNominationsRequest.newBuilder()
        .setParent("provinces/" + baclieu).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> other.reviewNomination(ReviewNominationRequest.newBuilder()
        .setName(nomination.getName()).setApprove(true).build()));
    fails(Status.Code.PERMISSION_DENIED, () -> reports(officer(camau)).getAwardSummary(GetAwardSummaryRequest
        .newBuilder().setName("provinces/" + baclieu + "/awardSummary").build()));

    String guessed = nomination.getName().replace("provinces/" + baclieu, "provinces/" + camau);
    fails(Status.Code.NOT_FOUND, () -> other.getNomination(GetNominationRequest.newBuilder().setName(guessed).build()));
    fails(Status.Code.NOT_FOUND, () -> other.reviewNomination(ReviewNominationRequest.newBuilder()
        .setName(guessed).setApprove(true).build()));
    assertThat(invalidFields(() -> other.createDecision(CreateDecisionRequest.newBuilder()
        .setParent("provinces/" + camau).setDecision(Decision.newBuilder().setNumber("1/QĐ-UBND")
            .setSigner("Chủ tịch").setIssuingLevel(IssuingLevel.PROVINCIAL_COMMITTEE)
            .setDecisionDate(date(2024, 2, 1)).addNominations(guessed)).build())))
        .containsExactly("decision.nominations[0]");
    assertThat(nominationCount(camau)).isZero();
  }

  @Test
  void reviewAndDecisionNeedAProvinceAdmin() {
    String province = freshProvince();
    Nomination nomination = nominate(province, agency("Xã Hưng Hội", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN"));
    fails(Status.Code.PERMISSION_DENIED, () -> awards(officer(province)).reviewNomination(ReviewNominationRequest
        .newBuilder().setName(nomination.getName()).setApprove(true).build()));
    Nomination approved = approve(province, nomination);
    fails(Status.Code.PERMISSION_DENIED, () -> awards(officer(province)).createDecision(CreateDecisionRequest
        .newBuilder().setParent("provinces/" + province).setDecision(Decision.newBuilder().setNumber("3/QĐ-CAT")
            .setSigner("Giám đốc").setIssuingLevel(IssuingLevel.PROVINCIAL_POLICE)
            .setDecisionDate(date(2024, 2, 1)).addNominations(approved.getName())).build()));
    fails(Status.Code.UNAUTHENTICATED, () -> awards(ISSUER.expiredProvinceToken(province, "PROVINCE_ADMIN"))
        .getNomination(GetNominationRequest.newBuilder().setName(nomination.getName()).build()));
  }
}

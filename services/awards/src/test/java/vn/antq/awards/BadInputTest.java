package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.invalidFields;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import vn.antq.awards.v1.CreateDecisionRequest;
import vn.antq.awards.v1.CreateNominationRequest;
import vn.antq.awards.v1.Decision;
import vn.antq.awards.v1.GetNominationRequest;
import vn.antq.awards.v1.IssuingLevel;
import vn.antq.awards.v1.Nomination;
import vn.antq.awards.v1.NominationState;
import vn.antq.awards.v1.Recipient;
import vn.antq.awards.v1.RecipientType;

/** Every bad request is a clear error with the contract's field paths, and stores nothing. */
class BadInputTest extends AwardsTestBase {

  @Test
  void aNominationWithoutItsRequiredPartsNamesEveryMissingField() {
    String province = freshProvince();
    assertThat(invalidFields(() -> nominate(province, Nomination.getDefaultInstance()))).containsExactlyInAnyOrder(
        "nomination.recipient.type", "nomination.form", "nomination.issuing_level",
        "nomination.achievement.citation", "nomination.achievement.period_start",
        "nomination.achievement.period_end");
    assertThat(nominationCount(province)).isZero();
  }

  @Test
  void recipientsNeedWhatTheirTypeNeeds() {
    String province = freshProvince();
    Nomination individual = person("Nguyễn Văn Út", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN");
    assertThat(invalidFields(() -> nominate(province, individual.toBuilder()
        .setRecipient(individual.getRecipient().toBuilder().clearUnit()).build())))
        .containsExactly("nomination.recipient.unit");
    assertThat(invalidFields(() -> nominate(province, individual.toBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.COLLECTIVE)).build())))
        .containsExactly("nomination.recipient.display_name");
    assertThat(invalidFields(() -> nominate(province, individual.toBuilder().setForm("CO_THI_DUA").build())))
        .as("Cà Mau's own form is not this province's").containsExactly("nomination.form");
    assertThat(invalidFields(() -> nominate(province, agency("Xã Phong Thạnh", IssuingLevel.MINISTRY,
        "KY_NIEM_CHUONG")))).as("the medal goes to individuals").containsExactly("nomination.form");
    assertThat(invalidFields(() -> nominate(province, individual.toBuilder()
        .setRecipient(individual.getRecipient().toBuilder().setPerson("provinces/ca-mau/persons/x")).build())))
        .containsExactly("nomination.recipient.person");
    assertThat(nominationCount(province)).isZero();
  }

  @Test
  void aPeriodMustBeRealAndEnded() {
    String province = freshProvince();
    Nomination nomination = agency("Đồn Biên phòng Gành Hào", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN");
    assertThat(invalidFields(() -> nominate(province, nomination.toBuilder().setAchievement(nomination
        .getAchievement().toBuilder().setPeriodStart(date(2024, 1, 1))).build())))
        .containsExactly("nomination.achievement.period_start");
    assertThat(invalidFields(() -> nominate(province, nomination.toBuilder().setAchievement(nomination
        .getAchievement().toBuilder().setPeriodEnd(date(2099, 1, 1))).build())))
        .containsExactly("nomination.achievement.period_end");
    assertThat(invalidFields(() -> nominate(province, nomination.toBuilder().setAchievement(nomination
        .getAchievement().toBuilder().setPeriodEnd(date(2023, 2, 30))).build())))
        .containsExactly("nomination.achievement.period_end");
    assertThat(invalidFields(() -> nominate(province, nomination.toBuilder().setAchievement(nomination
        .getAchievement().toBuilder().addCampaigns("provinces/" + province + "/campaigns/bad id")).build())))
        .containsExactly("nomination.achievement.campaigns[0]");
    assertThat(nominationCount(province)).isZero();
  }

  @Test
  void anUnknownRecipientIsRefusedAndNothingIsKept() {
    String province = freshProvince();
    Nomination member = person("", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN").toBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.INDIVIDUAL)
            .setPerson("provinces/" + province + "/persons/" + java.util.UUID.randomUUID())).build();
    assertThat(invalidFields(() -> nominate(province, member))).containsExactly("nomination.recipient.person");
    Nomination model = agency("", IssuingLevel.PROVINCIAL_POLICE, "GIAY_KHEN").toBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.COLLECTIVE)
            .setModel("provinces/" + province + "/models/" + java.util.UUID.randomUUID())).build();
    assertThat(invalidFields(() -> nominate(province, model))).containsExactly("nomination.recipient.model");
    assertThat(nominationCount(province)).isZero();
  }

  @Test
  void aDecisionWithoutNumberOrOtherPartsIsRefusedAndNothingChanges() {
    String province = freshProvince();
    Nomination approved = approve(province, nominate(province, agency("Công an phường 1", IssuingLevel.MINISTRY,
        "BANG_KHEN")));
    assertThat(invalidFields(() -> awards(admin(province)).createDecision(CreateDecisionRequest.newBuilder()
        .setParent("provinces/" + province).setDecision(Decision.newBuilder().addNominations(approved.getName()))
        .build()))).containsExactlyInAnyOrder("decision.number", "decision.signer", "decision.issuing_level",
        "decision.decision_date");
    assertThat(invalidFields(() -> decide(province, "1/QĐ-BCA", date(2024, 1, 5),
        IssuingLevel.PROVINCIAL_COMMITTEE, approved))).as("another level than nominated")
        .containsExactly("decision.nominations[0]");
    assertThat(invalidFields(() -> decide(province, "1/QĐ-BCA", date(2023, 6, 1), IssuingLevel.MINISTRY,
        approved))).as("before the period ended").containsExactly("decision.nominations[0]");
    assertThat(invalidFields(() -> awards(admin(province)).createDecision(CreateDecisionRequest.newBuilder()
        .setParent("provinces/" + province).setDecision(Decision.newBuilder().setNumber("1/QĐ-BCA")
            .setSigner("Thứ trưởng").setIssuingLevel(IssuingLevel.MINISTRY).setDecisionDate(date(2024, 1, 5))
            .addNominations("provinces/" + province + "/awardNominations/" + java.util.UUID.randomUUID())).build())))
        .containsExactly("decision.nominations[0]");
    assertThat(awards(officer(province)).getNomination(GetNominationRequest.newBuilder().setName(approved.getName())
        .build()).getState()).isEqualTo(NominationState.APPROVED);
  }

  @Test
  void malformedNamesAreCallerErrors() {
    String province = freshProvince();
    assertThat(invalidFields(() -> awards(officer(province)).getNomination(GetNominationRequest.newBuilder()
        .setName("provinces/" + province + "/awardNominations/not-an-id").build()))).containsExactly("name");
    fails(Status.Code.NOT_FOUND, () -> awards(officer(province)).getNomination(GetNominationRequest.newBuilder()
        .setName("provinces/" + province + "/awardNominations/" + java.util.UUID.randomUUID()).build()));
    assertThat(invalidFields(() -> awards(officer(province)).createNomination(CreateNominationRequest.newBuilder()
        .setParent("provinces/" + province).setRequestId("x".repeat(101))
        .setNomination(agency("Xã A", IssuingLevel.DISTRICT, "GIAY_KHEN")).build()))).containsExactly("request_id");
  }
}

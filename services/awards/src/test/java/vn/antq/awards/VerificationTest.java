package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;

import io.grpc.Status;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.awards.v1.GetNominationRequest;
import vn.antq.awards.v1.IssuingLevel;
import vn.antq.awards.v1.ListNominationEventsRequest;
import vn.antq.awards.v1.ListNominationsRequest;
import vn.antq.awards.v1.Nomination;
import vn.antq.awards.v1.NominationState;
import vn.antq.awards.v1.Recipient;
import vn.antq.awards.v1.RecipientType;
import vn.antq.awards.v1.Verification;
import vn.antq.awards.v1.VerifyNominationRequest;

/**
 * Recipients linked to a model, group or member are checked with their service. When it is down the
 * nomination is kept, UNVERIFIED; a decision then asks again and refuses while it cannot confirm.
 */
class VerificationTest extends AwardsTestBase {

  @Test
  void aMemberIsVerifiedWithTheMembersServiceAndNamedFromIt() {
    String province = freshProvince();
    String personName = "provinces/" + province + "/persons/" + UUID.randomUUID();
    DEPENDENCIES.members.known.put(personName, "Thạch Thị Sa Rinh");
    Nomination nominated = nominate(province, member(personName));
    assertThat(nominated.getRecipient().getVerification()).isEqualTo(Verification.VERIFIED);
    assertThat(nominated.getRecipient().getDisplayName()).isEqualTo("Thạch Thị Sa Rinh");
    assertThat(nominated.getRecipient().getPerson()).isEqualTo(personName);
  }

  @Test
  void aGroupIsVerifiedWithTheRegistryAndCountsForItsModel() {
    String province = freshProvince();
    String model = "provinces/" + province + "/models/" + UUID.randomUUID();
    String group = model + "/points/" + UUID.randomUUID() + "/groups/" + UUID.randomUUID();
    DEPENDENCIES.registry.known.put(group, "Tổ ngư dân tự quản số 3");
    Nomination nominated = nominate(province, Nomination.newBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.COLLECTIVE).setGroup(group))
        .setForm("BANG_KHEN").setIssuingLevel(IssuingLevel.PROVINCIAL_COMMITTEE)
        .setAchievement(year2023("Giữ vững an ninh trên biển")).build());
    assertThat(nominated.getRecipient().getVerification()).isEqualTo(Verification.VERIFIED);
    assertThat(nominated.getRecipient().getModel()).isEqualTo(model);
    assertThat(nominated.getRecipient().getDisplayName()).isEqualTo("Tổ ngư dân tự quản số 3");
  }

  @Test
  void whileTheMembersServiceIsDownANominationIsKeptUnverifiedAndCannotBeDecided() {
    String province = freshProvince();
    String personName = "provinces/" + province + "/persons/" + UUID.randomUUID();
    DEPENDENCIES.members.known.put(personName, "Danh Sà Phol");
    DEPENDENCIES.members.down = true;

    Nomination kept = nominate(province, member(personName));
    assertThat(kept.getRecipient().getVerification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(kept.getState()).isEqualTo(NominationState.NOMINATED);
    assertThat(awards(officer(province)).listNominations(ListNominationsRequest.newBuilder()
        .setParent("provinces/" + province).setVerification(Verification.UNVERIFIED).build()).getNominationsList())
        .extracting(Nomination::getName).containsExactly(kept.getName());

    approve(province, kept);
    var refused = fails(Status.Code.FAILED_PRECONDITION, () -> decide(province, "15/QĐ-CAT", date(2024, 1, 20),
        IssuingLevel.PROVINCIAL_POLICE, kept));
    assertThat(refused.getStatus().getDescription()).contains("verified recipients", "UNVERIFIED");
    assertThat(get(province, kept).getState()).isEqualTo(NominationState.APPROVED);

    DEPENDENCIES.members.down = false;
    // The decision asks again by itself; the answer is recorded as a step of its own.
    decide(province, "15/QĐ-CAT", date(2024, 1, 20), IssuingLevel.PROVINCIAL_POLICE, kept);
    Nomination decided = get(province, kept);
    assertThat(decided.getState()).isEqualTo(NominationState.DECIDED);
    assertThat(decided.getRecipient().getVerification()).isEqualTo(Verification.VERIFIED);
    assertThat(decided.getRecipient().getDisplayName()).isEqualTo("Danh Sà Phol");
    assertThat(awards(officer(province)).listNominationEvents(ListNominationEventsRequest.newBuilder()
        .setParent(kept.getName()).build()).getEventsList()).extracting(e -> e.getAction())
        .containsExactly("NOMINATE", "REVIEW", "VERIFY", "DECIDE");
  }

  @Test
  void onDemandVerificationMarksARecipientThatTurnedOutNotToExist() {
    String province = freshProvince();
    String model = "provinces/" + province + "/models/" + UUID.randomUUID();
    DEPENDENCIES.registry.down = true;
    Nomination kept = nominate(province, Nomination.newBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.COLLECTIVE).setModel(model)
            .setDisplayName("Tuyến kênh an toàn về ANTT"))
        .setForm("BANG_KHEN").setIssuingLevel(IssuingLevel.MINISTRY)
        .setAchievement(year2023("Mô hình hiệu quả")).build());
    assertThat(kept.getRecipient().getVerification()).isEqualTo(Verification.UNVERIFIED);

    DEPENDENCIES.registry.down = false;
    Nomination checked = awards(officer(province)).verifyNomination(VerifyNominationRequest.newBuilder()
        .setName(kept.getName()).build());
    assertThat(checked.getRecipient().getVerification()).isEqualTo(Verification.NOT_FOUND);
    approve(province, kept);
    fails(Status.Code.FAILED_PRECONDITION, () -> decide(province, "300/QĐ-BCA", date(2024, 3, 1),
        IssuingLevel.MINISTRY, kept));

    DEPENDENCIES.registry.known.put(model, "Tuyến kênh an toàn về ANTT");
    assertThat(awards(officer(province)).verifyNomination(VerifyNominationRequest.newBuilder()
        .setName(kept.getName()).build()).getRecipient().getVerification()).isEqualTo(Verification.VERIFIED);
  }

  private Nomination get(String province, Nomination nomination) {
    return awards(officer(province)).getNomination(GetNominationRequest.newBuilder()
        .setName(nomination.getName()).build());
  }

  private static Nomination member(String personName) {
    return Nomination.newBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.INDIVIDUAL).setPerson(personName))
        .setForm("GIAY_KHEN").setIssuingLevel(IssuingLevel.PROVINCIAL_POLICE)
        .setAchievement(year2023("Tích cực tham gia tuần tra")).build();
  }
}

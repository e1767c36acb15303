package vn.antq.awards.grpc;

import java.util.List;
import java.util.UUID;
import vn.antq.awards.domain.Decision;
import vn.antq.awards.domain.IssuingLevel;
import vn.antq.awards.domain.Links;
import vn.antq.awards.domain.Nomination;
import vn.antq.awards.domain.NominationEvent;
import vn.antq.awards.domain.NominationInput;
import vn.antq.awards.domain.RecipientType;
import vn.antq.awards.domain.Verification;
import vn.antq.awards.v1.Achievement;
import vn.antq.awards.v1.NominationState;
import vn.antq.awards.v1.Recipient;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.grpc.contract.ResourceNames;

/** Nominations, decisions and events between the contract and the domain. */
final class AwardsMapper {

  private AwardsMapper() {}

  static NominationInput input(vn.antq.awards.v1.Nomination nomination) {
    Recipient recipient = nomination.getRecipient();
    Achievement achievement = nomination.getAchievement();
    return new NominationInput(
        ProtoValues.domain(recipient.getType(), RecipientType.class, "nomination.recipient.type"),
        recipient.getModel(), recipient.getGroup(), recipient.getPerson(), recipient.getDisplayName(),
        recipient.getUnit(), nomination.getForm(),
        ProtoValues.domain(nomination.getIssuingLevel(), IssuingLevel.class, "nomination.issuing_level"),
        ProtoValues.date("nomination.achievement.period_start", achievement.hasPeriodStart(),
            achievement.getPeriodStart()),
        ProtoValues.date("nomination.achievement.period_end", achievement.hasPeriodEnd(), achievement.getPeriodEnd()),
        achievement.getCitation(), achievement.getCampaignsList());
  }

  static vn.antq.awards.v1.Nomination toProto(Nomination nomination, int overdueAfterDays) {
    String province = nomination.province();
    var recipient = nomination.recipient();
    var achievement = nomination.achievement();
    Recipient.Builder r = Recipient.newBuilder()
        .setType(vn.antq.awards.v1.RecipientType.valueOf(recipient.type().name()))
        .setDisplayName(recipient.displayName())
        .setUnit(recipient.unit())
        .setVerification(vn.antq.awards.v1.Verification.valueOf(recipient.verification().name()))
        .setPerson(Links.person(province, recipient.personId()));
    if (recipient.group() != null) {
      r.setGroup(recipient.group());
    }
    r.setModel(Links.model(province, recipient.modelId()));
    Achievement.Builder a = Achievement.newBuilder()
        .setPeriodStart(ProtoTime.date(achievement.periodStart()))
        .setPeriodEnd(ProtoTime.date(achievement.periodEnd()))
        .setCitation(achievement.citation());
    achievement.campaignIds().forEach(id -> a.addCampaigns(Links.campaign(province, id)));
    vn.antq.awards.v1.Nomination.Builder proto = vn.antq.awards.v1.Nomination.newBuilder()
        .setName(Links.nomination(province, nomination.id()))
        .setRecipient(r)
        .setForm(nomination.form())
        .setIssuingLevel(vn.antq.awards.v1.IssuingLevel.valueOf(nomination.issuingLevel().name()))
        .setAchievement(a)
        .setState(NominationState.valueOf(nomination.state().name()))
        .setReviewReason(nomination.reviewReason())
        .setDecision(Links.decision(province, nomination.decisionId()))
        .setDaysToDecision(nomination.daysToDecision())
        .setOverdue(nomination.overdue(vn.antq.core.Dates.today(), overdueAfterDays))
        .setCreateTime(ProtoTime.timestamp(nomination.createTime()))
        .setUpdateTime(ProtoTime.timestamp(nomination.updateTime()));
    if (nomination.issueDate() != null) {
      proto.setIssueDate(ProtoTime.date(nomination.issueDate()));
    }
    return proto.build();
  }

  static vn.antq.awards.v1.Decision toProto(Decision decision) {
    var details = decision.details();
    return vn.antq.awards.v1.Decision.newBuilder()
        .setName(Links.decision(decision.province(), decision.id()))
        .setNumber(details.number())
        .setDecisionDate(ProtoTime.date(details.decisionDate()))
        .setSigner(details.signer())
        .setIssuingLevel(vn.antq.awards.v1.IssuingLevel.valueOf(details.issuingLevel().name()))
        .setDocumentReference(details.documentReference())
        .addAllNominations(details.nominationIds().stream()
            .map(id -> Links.nomination(decision.province(), id)).toList())
        .setCreateTime(ProtoTime.timestamp(decision.createTime()))
        .build();
  }

  static vn.antq.awards.v1.NominationEvent toProto(String province, NominationEvent event) {
    return vn.antq.awards.v1.NominationEvent.newBuilder()
        .setName(Links.nomination(province, event.nominationId()) + "/events/" + event.id())
        .setFromState(event.from() == null ? NominationState.NOMINATION_STATE_UNSPECIFIED
            : NominationState.valueOf(event.from().name()))
        .setToState(NominationState.valueOf(event.to().name()))
        .setAction(event.action().name())
        .setSubject(event.subject())
        .setDetail(event.detail())
        .setEventTime(ProtoTime.timestamp(event.time()))
        .build();
  }

  static vn.antq.awards.domain.NominationState state(NominationState state) {
    return ProtoValues.domain(state, vn.antq.awards.domain.NominationState.class, "state");
  }

  static Verification verification(vn.antq.awards.v1.Verification verification) {
    return ProtoValues.domain(verification, Verification.class, "verification");
  }

  /** Nomination names of a decision, in order; a malformed one is a field error of its position. */
  static List<UUID> nominationIds(List<String> names) {
    return java.util.stream.IntStream.range(0, names.size())
        .mapToObj(i -> ResourceNames.parse("decision.nominations[" + i + "]", names.get(i), "awardNominations")[0])
        .toList();
  }
}

package vn.antq.awards.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A nomination and where it stands. */
public record Nomination(UUID id, String province, Recipient recipient, String form, IssuingLevel issuingLevel,
                         Achievement achievement, NominationState state, String reviewReason, UUID decisionId,
                         LocalDate decisionDate, LocalDate issueDate, Instant createTime, Instant updateTime) {

  /** Days from the end of the achievement period to the decision; -1 before a decision. */
  public int daysToDecision() {
    return decisionDate == null ? -1 : (int) ChronoUnit.DAYS.between(achievement.periodEnd(), decisionDate);
  }

  /** Still waiting for a decision more than {@code limitDays} after the end of its period. */
  public boolean overdue(LocalDate today, int limitDays) {
    return NominationState.WAITING.contains(state) && achievement.periodEnd().plusDays(limitDays).isBefore(today);
  }
}

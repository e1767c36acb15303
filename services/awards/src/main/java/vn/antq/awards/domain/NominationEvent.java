package vn.antq.awards.domain;

import java.time.Instant;
import java.util.UUID;

/** One recorded step of a nomination: who took it, when, from which state to which. */
public record NominationEvent(UUID id, UUID nominationId, NominationState from, NominationState to, Action action,
                              String subject, String detail, Instant time) {

  public enum Action { NOMINATE, REVIEW, VERIFY, DECIDE, ISSUE }
}

package vn.antq.awards.domain;

import java.util.EnumSet;
import java.util.Set;
import vn.antq.core.DomainException;

/** NOMINATED → APPROVED → DECIDED → ISSUED, or NOMINATED → REJECTED: one step at a time, never back. */
public enum NominationState {
  NOMINATED, APPROVED, REJECTED, DECIDED, ISSUED;

  /** Waiting for a decision: what the overdue list is made of. */
  public static final Set<NominationState> WAITING = EnumSet.of(NOMINATED, APPROVED);

  public boolean canBecome(NominationState next) {
    return switch (this) {
      case NOMINATED -> next == APPROVED || next == REJECTED;
      case APPROVED -> next == DECIDED;
      case DECIDED -> next == ISSUED;
      case REJECTED, ISSUED -> false;
    };
  }

  /** The error of a step out of order, naming the state the step needs. */
  public DomainException.FailedPrecondition refuse(NominationState next) {
    String needs = switch (next) {
      case APPROVED, REJECTED -> "only a NOMINATED nomination is reviewed";
      case DECIDED -> "a decision needs an APPROVED nomination";
      case ISSUED -> "only a DECIDED nomination is issued";
      case NOMINATED -> "a nomination never goes back";
    };
    return new DomainException.FailedPrecondition("a " + this + " nomination cannot become " + next + ": " + needs);
  }
}

package vn.antq.campaigns.domain;

/** OPEN, APPROVED itself, or LOCKED because a period around it is approved. */
public enum PeriodState {
  OPEN, APPROVED, LOCKED
}

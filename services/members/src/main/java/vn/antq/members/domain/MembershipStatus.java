package vn.antq.members.domain;

public enum MembershipStatus {
  ACTIVE,
  /** Left the group: has a left date, no longer counted. */
  LEFT
}

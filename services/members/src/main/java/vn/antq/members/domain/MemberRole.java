package vn.antq.members.domain;

public enum MemberRole {
  /** Tổ trưởng: at most one active leader per group. */
  LEADER,
  /** Tổ phó. */
  DEPUTY,
  /** Thành viên. */
  MEMBER
}

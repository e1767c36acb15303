package vn.antq.members.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person in a registry group. Times are null until stored. */
public record Membership(UUID id, UUID personId, GroupPath group, MemberRole role, MembershipStatus status,
                         LocalDate joinedDate, LocalDate leftDate, Instant createTime, Instant updateTime) {

  Membership with(MemberRole newRole, MembershipStatus newStatus, LocalDate joined, LocalDate left) {
    return new Membership(id, personId, group, newRole, newStatus, joined, left, createTime, updateTime);
  }

  boolean sameStateAs(Membership other) {
    return role == other.role && status == other.status && joinedDate.equals(other.joinedDate)
        && java.util.Objects.equals(leftDate, other.leftDate);
  }
}

package vn.antq.members.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One state of a membership's history. */
public record MembershipChange(int sequence, Instant changeTime, String actor, String source, MemberRole role,
                               MembershipStatus status, LocalDate joinedDate, LocalDate leftDate) {}

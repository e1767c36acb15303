package vn.antq.members.domain;

import java.util.UUID;

/** Active members of a group and the version of that count (raised by every change of the group). */
public record GroupCount(UUID groupId, long activeMembers, long version) {}

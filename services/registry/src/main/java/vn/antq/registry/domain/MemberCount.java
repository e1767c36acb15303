package vn.antq.registry.domain;

import java.util.UUID;

/** Active members of a group as the members service counted them, and the version of that count. */
public record MemberCount(UUID groupId, long members, long version) {}

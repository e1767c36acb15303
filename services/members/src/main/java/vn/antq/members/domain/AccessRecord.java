package vn.antq.members.domain;

import java.time.Instant;
import java.util.UUID;

/** One read of a national ID in full or of sensitive data: who, when, whose, why, through what. */
public record AccessRecord(UUID id, Instant accessTime, String actor, UUID personId, PersonView view, String purpose,
                           String operation) {}

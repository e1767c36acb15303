package vn.antq.welfare.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One unmasked read of a beneficiary: who (token subject and roles), when, whose, why. */
public record Disclosure(UUID id, String province, UUID beneficiaryId, String subject, List<String> roles,
                         String purpose, Instant discloseTime) {}

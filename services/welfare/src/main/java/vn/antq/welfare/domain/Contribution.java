package vn.antq.welfare.domain;

import java.time.Instant;
import java.util.UUID;

/** A stored contribution; its details carry links as resource names of its province. */
public record Contribution(UUID id, String province, UUID sponsorId, ContributionDraft details, Instant createTime) {}

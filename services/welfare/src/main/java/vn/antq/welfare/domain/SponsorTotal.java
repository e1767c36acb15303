package vn.antq.welfare.domain;

import java.util.UUID;

/** What one sponsor contributed in a period. */
public record SponsorTotal(UUID sponsorId, String displayName, SponsorType type, int contributionCount,
                           long moneyValue, long inKindValue, long totalValue) {}

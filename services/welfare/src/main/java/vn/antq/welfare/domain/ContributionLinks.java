package vn.antq.welfare.domain;

import java.util.UUID;

/** The ids behind a contribution's links; null where there is no link. */
public record ContributionLinks(UUID itemId, String campaignId) {}

package vn.antq.welfare.domain;

import java.util.UUID;

/** The ids behind an item's links; null where there is no link. */
public record ItemLinks(UUID modelId, String campaignId, UUID beneficiaryId) {}

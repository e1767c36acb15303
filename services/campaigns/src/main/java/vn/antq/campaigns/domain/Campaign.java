package vn.antq.campaigns.domain;

import java.time.Instant;
import java.util.UUID;

/** A stored launch; {@code details} lists the rounds of every channel. */
public record Campaign(UUID id, CampaignDraft details, Instant createTime, Instant updateTime) {}

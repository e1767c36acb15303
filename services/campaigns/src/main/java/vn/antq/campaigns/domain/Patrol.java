package vn.antq.campaigns.domain;

import java.time.Instant;
import java.util.UUID;

public record Patrol(UUID id, PatrolDraft details, Instant createTime) {}

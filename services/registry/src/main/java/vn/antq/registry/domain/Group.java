package vn.antq.registry.domain;

import java.time.Instant;
import java.util.UUID;

/** A group (tổ) under a replication point. */
public record Group(UUID id, UUID modelId, UUID pointId, String displayName, String leaderName, int memberCount,
                    Instant createTime) {}

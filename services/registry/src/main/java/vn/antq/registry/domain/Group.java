package vn.antq.registry.domain;

import java.time.Instant;
import java.util.UUID;

/** A group (tổ) under a replication point; {@code memberCount} comes from the members service. */
public record Group(UUID id, UUID modelId, String modelCode, UUID pointId, String displayName, String leaderName,
                    int memberCount, Instant createTime) {}

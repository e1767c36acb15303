package vn.antq.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A replication point (điểm nhân rộng): one commune/ward where a model runs. */
public record ReplicationPoint(UUID id, UUID modelId, String displayName, String commune, String district,
                               LocalDate establishedDate, int groupCount, long memberCount, Instant createTime) {}

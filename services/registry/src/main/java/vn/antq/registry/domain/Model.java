package vn.antq.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A community model (mô hình) with the totals of what hangs under it. */
public record Model(UUID id, String province, String code, String displayName, Sector sector, String description,
                    ModelStatus status, LocalDate establishedDate, int replicationPointCount, int groupCount,
                    long memberCount, Instant createTime, Instant updateTime) {}

package vn.antq.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A community model (mô hình) with the totals of what hangs under it. {@code lineage} is set for a
 * model adopted from a national template, {@code warning} while it is under review, {@code retirement}
 * once retired.
 */
public record Model(UUID id, String province, String code, String displayName, Sector sector, String description,
                    ModelStatus status, LocalDate establishedDate, int replicationPointCount, int groupCount,
                    long memberCount, Instant createTime, Instant updateTime, Lineage lineage, ModelWarning warning,
                    Retirement retirement) {}

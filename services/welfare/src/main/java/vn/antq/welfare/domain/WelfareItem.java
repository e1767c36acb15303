package vn.antq.welfare.domain;

import java.time.Instant;
import java.util.UUID;

/** A stored welfare item; its details carry links as resource names of its province. */
public record WelfareItem(UUID id, String province, ItemDraft details, Instant createTime, Instant updateTime) {}

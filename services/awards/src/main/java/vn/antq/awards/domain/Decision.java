package vn.antq.awards.domain;

import java.time.Instant;
import java.util.UUID;

public record Decision(UUID id, String province, DecisionDraft details, Instant createTime) {}

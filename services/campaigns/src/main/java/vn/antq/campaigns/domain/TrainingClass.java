package vn.antq.campaigns.domain;

import java.time.Instant;
import java.util.UUID;

public record TrainingClass(UUID id, TrainingDraft details, Instant createTime) {}

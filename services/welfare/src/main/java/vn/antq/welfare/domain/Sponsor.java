package vn.antq.welfare.domain;

import java.time.Instant;
import java.util.UUID;

public record Sponsor(UUID id, String province, SponsorType type, String displayName, String description,
                      Instant createTime) {}

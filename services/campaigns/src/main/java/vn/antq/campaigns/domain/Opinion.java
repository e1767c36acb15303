package vn.antq.campaigns.domain;

import java.time.Instant;
import java.util.UUID;

public record Opinion(UUID id, UUID forumId, OpinionTopic topic, String text, FollowUpStatus followUpStatus,
                      Instant updateTime) {}

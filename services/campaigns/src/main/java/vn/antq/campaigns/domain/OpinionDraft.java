package vn.antq.campaigns.domain;

/** An opinion as a caller describes it; a null topic or status stands for an unknown one. */
public record OpinionDraft(OpinionTopic topic, String text, FollowUpStatus followUpStatus) {}

package vn.antq.welfare.domain;

/** A sponsor as a caller describes it. */
public record SponsorDraft(SponsorType type, String displayName, String description) {}

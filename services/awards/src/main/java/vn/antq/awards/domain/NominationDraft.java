package vn.antq.awards.domain;

/** A nomination as asked for, before checks. */
public record NominationDraft(Recipient recipient, String form, IssuingLevel issuingLevel, Achievement achievement) {}

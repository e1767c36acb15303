package vn.antq.awards.domain;

/** How many awards of one form one issuing level decided in one year, to one type of recipient. */
public record AwardCount(int year, IssuingLevel issuingLevel, String form, RecipientType recipientType, int count) {}

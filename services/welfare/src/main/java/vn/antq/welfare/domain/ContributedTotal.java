package vn.antq.welfare.domain;

/** All contributions of a period: how many sponsors gave, and how much. */
public record ContributedTotal(int sponsorCount, long value) {}

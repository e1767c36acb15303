package vn.antq.campaigns.domain;

import java.time.Instant;

/** One approval or reopening, as the audit trail keeps it. */
public record PeriodEvent(PeriodAction action, String actor, String reason, Instant time) {}

package vn.antq.welfare.domain;

import java.time.LocalDate;

/** A contribution as a caller describes it; links are resource names, null when not given. */
public record ContributionDraft(ContributionForm form, long value, String description, LocalDate date,
                                String welfareItem, String campaign) {}

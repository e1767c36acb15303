package vn.antq.awards.domain;

import java.time.LocalDate;
import java.util.List;

/** A nomination as the caller wrote it: links still as resource names, nothing checked yet. */
public record NominationInput(RecipientType type, String model, String group, String person, String displayName,
                              String unit, String form, IssuingLevel issuingLevel, LocalDate periodStart,
                              LocalDate periodEnd, String citation, List<String> campaigns) {}

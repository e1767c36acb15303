package vn.antq.awards.domain;

import java.time.LocalDate;

/**
 * A list's filters; null means any.
 *
 * @param waitingSince only nominations still waiting whose period ended before this day (overdue)
 */
public record NominationFilter(NominationState state, Verification verification, LocalDate waitingSince) {}

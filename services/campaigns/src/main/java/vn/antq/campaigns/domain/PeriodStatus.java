package vn.antq.campaigns.domain;

import java.util.List;

/**
 * A period and whether it is locked.
 *
 * @param lockedBy the approved period that locks it (itself or one around it); null when open
 */
public record PeriodStatus(Period period, PeriodState state, Period lockedBy, List<PeriodEvent> history) {}

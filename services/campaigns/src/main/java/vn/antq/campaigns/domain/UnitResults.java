package vn.antq.campaigns.domain;

import java.time.Instant;

/** The stored figures of a unit for a period, and who reported them last. */
public record UnitResults(Period period, String unit, UnitFigures figures, String reporter, Instant updateTime) {}

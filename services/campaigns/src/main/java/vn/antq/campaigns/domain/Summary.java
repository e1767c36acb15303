package vn.antq.campaigns.domain;

import java.util.List;

/** A province's totals for a period, and the districts' that add up to them. */
public record Summary(PeriodStatus period, Totals province, List<DistrictTotals> districts) {}

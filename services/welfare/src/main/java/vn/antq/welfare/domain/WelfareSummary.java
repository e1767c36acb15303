package vn.antq.welfare.domain;

import java.util.List;

/** A province's figures over a period. */
public record WelfareSummary(String province, Period period, List<KindTotal> kinds, int itemCount, long totalValue,
                             List<SponsorTotal> sponsors, int sponsorCount, long contributedValue) {}

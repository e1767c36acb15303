package vn.antq.welfare.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.Transactions;

/**
 * A province's report figures: what was handed over in a period (by handover date), per kind, and
 * what sponsors contributed in it (by contribution date).
 */
public class SummaryReport {

  private static final int DEFAULT_SPONSORS = 50;
  private static final int MAX_SPONSORS = 500;

  private final SummaryStore store;
  private final Transactions transactions;

  public SummaryReport(SummaryStore store, Transactions transactions) {
    this.store = store;
    this.transactions = transactions;
  }

  public WelfareSummary summarize(Period period, int sponsorLimit) {
    if (sponsorLimit < 0) {
      throw new DomainException.InvalidInput("sponsor_limit", "must not be negative");
    }
    int limit = sponsorLimit == 0 ? DEFAULT_SPONSORS : Math.min(sponsorLimit, MAX_SPONSORS);
    String province = Tenant.province();
    return transactions.run(() -> {
      List<KindTotal> kinds = store.handedOver(period).stream()
          .sorted(Comparator.comparing(KindTotal::kind).thenComparing(KindTotal::unit))
          .toList();
      ContributedTotal contributed = store.contributed(period);
      return new WelfareSummary(province, period, kinds, kinds.stream().mapToInt(KindTotal::itemCount).sum(),
          sum(kinds), store.topSponsors(period, limit), contributed.sponsorCount(), contributed.value());
    });
  }

  private static long sum(List<KindTotal> kinds) {
    return Money.exact(kinds.stream().map(kind -> BigDecimal.valueOf(kind.value())).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}

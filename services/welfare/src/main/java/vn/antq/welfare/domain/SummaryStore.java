package vn.antq.welfare.domain;

import java.util.List;

/** The sums behind a summary; runs in the caller's province transaction. */
public interface SummaryStore {

  /** Items handed over in the period, by kind and unit. */
  List<KindTotal> handedOver(Period period);

  /** Contributions dated in the period, by sponsor, largest total first. */
  List<SponsorTotal> topSponsors(Period period, int limit);

  ContributedTotal contributed(Period period);
}

package vn.antq.welfare.domain;

import java.util.Collection;
import java.util.UUID;

import java.util.List;

/** The sums behind a summary; runs in the caller's province transaction. */
public interface SummaryStore {

  /** Items handed over in the period, by kind and unit. */
  List<KindTotal> handedOver(Period period);

  /** Contributions dated in the period, by sponsor, largest total first. */
  List<SponsorTotal> topSponsors(Period period, int limit);

  ContributedTotal contributed(Period period);

  /** Items handed over in the period that name one of these models, per model and kind. */
  List<ModelKindTotal> handedOverByModel(Collection<UUID> models, Period period);

  /** Items handed over in the period per province and kind; in a national read, every province's. */
  List<ProvinceKindTotal> handedOverByProvince(Period period);

  record ModelKindTotal(UUID model, WelfareKind kind, long quantity, long value) {}

  record ProvinceKindTotal(String province, WelfareKind kind, long quantity, long value) {}
}

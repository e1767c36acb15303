package vn.antq.campaigns.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A province's totals for a period and per district. Unit results count when their period lies
 * inside the one asked for: a year sums its months and quarters, a month does not take a share of
 * a quarter reported as a whole.
 */
public class SummaryService {

  private static final Comparator<Object> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  private final SummaryStore store;
  private final PeriodService periods;

  public SummaryService(SummaryStore store, PeriodService periods) {
    this.store = store;
    this.periods = periods;
  }

  public Summary summary(Period period) {
    Map<String, Totals> byDistrict = store.totalsByDistrict(period.start(), period.end());
    Totals province = new Totals();
    byDistrict.values().forEach(province::add);
    List<DistrictTotals> districts = byDistrict.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(VIETNAMESE))
        .map(entry -> new DistrictTotals(entry.getKey(), entry.getValue()))
        .toList();
    return new Summary(periods.status(period), province, districts);
  }
}

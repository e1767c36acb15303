package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.util.Map;

/** Sums for summaries, in the caller's transaction and province. */
public interface SummaryStore {

  /**
   * Per district: the records dated from {@code from} to {@code to}, and the unit results of
   * periods lying wholly inside that range.
   */
  Map<String, Totals> totalsByDistrict(LocalDate from, LocalDate to);
}

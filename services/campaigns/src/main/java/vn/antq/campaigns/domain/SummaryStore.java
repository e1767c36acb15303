package vn.antq.campaigns.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import java.time.LocalDate;
import java.util.Map;

/** Sums for summaries, in the caller's transaction and province. */
public interface SummaryStore {

  /**
   * Per district: the records dated from {@code from} to {@code to}, and the unit results of
   * periods lying wholly inside that range.
   */
  Map<String, Totals> totalsByDistrict(LocalDate from, LocalDate to);

  /** The same sums per province; in a national read, every province's. */
  Map<String, Totals> totalsByProvince(LocalDate from, LocalDate to);

  /** Each province's latest year with a launch or a unit result; in a national read, every province's. */
  Map<String, Integer> latestYears();

  /**
   * Per model and quarter from {@code from} to {@code to}: launches naming the model and their
   * attendees, and unit results reported for the model for periods lying inside the quarter.
   */
  List<ModelQuarter> modelQuarters(Collection<UUID> models, LocalDate from, LocalDate to);

  /** One model's figures in the quarter starting on {@code quarterStart}. */
  record ModelQuarter(UUID model, LocalDate quarterStart, long launches, long attendees, long tips, long mediations) {}
}

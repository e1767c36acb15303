package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.antq.core.Violations;

/**
 * The figures other services report on: a province's models quarter by quarter (the registry's
 * nomination evidence and reviews) and, in a national read, every province's totals.
 */
public class ReportFigures {

  /** As many ids as the registry sends in one batch. */
  public static final int MAX_MODELS = 5000;
  public static final int MAX_QUARTERS = 20;
  private static final int DEFAULT_QUARTERS = 4;

  /** A model's quarters, newest first. */
  public record ModelActivity(UUID model, List<SummaryStore.ModelQuarter> quarters) {}

  /** A province's totals for the period they cover. */
  public record ProvinceResults(String province, Period period, Totals totals) {}

  private final SummaryStore store;

  public ReportFigures(SummaryStore store) {
    this.store = store;
  }

  /** In the caller's transaction; one entry per model asked, each with every quarter (zeros when quiet). */
  public List<ModelActivity> forModels(List<UUID> models, Period upTo, int quarters) {
    int count = quarters == 0 ? DEFAULT_QUARTERS : quarters;
    new Violations()
        .check(!models.isEmpty() && models.size() <= MAX_MODELS, "model_ids", "must list 1 to " + MAX_MODELS + " models")
        .check(upTo.kind() == PeriodKind.QUARTER, "up_to", "must be a quarter, e.g. 2025-q3")
        .check(count >= 1 && count <= MAX_QUARTERS, "quarters", "must be 1 to " + MAX_QUARTERS)
        .throwIfAny();
    LocalDate from = upTo.start().minusMonths(3L * (count - 1));
    Map<UUID, Map<LocalDate, SummaryStore.ModelQuarter>> found = new HashMap<>();
    for (SummaryStore.ModelQuarter quarter : store.modelQuarters(models, from, upTo.end())) {
      found.computeIfAbsent(quarter.model(), id -> new TreeMap<>()).put(quarter.quarterStart(), quarter);
    }
    List<ModelActivity> answer = new ArrayList<>();
    for (UUID model : models) {
      Map<LocalDate, SummaryStore.ModelQuarter> own = found.getOrDefault(model, Map.of());
      List<SummaryStore.ModelQuarter> newestFirst = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        LocalDate start = upTo.start().minusMonths(3L * i);
        newestFirst.add(own.getOrDefault(start, new SummaryStore.ModelQuarter(model, start, 0, 0, 0, 0)));
      }
      answer.add(new ModelActivity(model, newestFirst));
    }
    return answer;
  }

  /**
   * In a national read: every province's totals for {@code period}, or, when it is null, each
   * province's latest year with a launch or a result.
   */
  public List<ProvinceResults> perProvince(Period period) {
    Map<String, ProvinceResults> results = new TreeMap<>();
    if (period != null) {
      store.totalsByProvince(period.start(), period.end())
          .forEach((province, totals) -> results.put(province, new ProvinceResults(province, period, totals)));
      return List.copyOf(results.values());
    }
    // Usually one year for all: each distinct year is summed once, for every province.
    Map<Integer, Map<String, Totals>> byYear = new HashMap<>();
    store.latestYears().forEach((province, year) -> {
      Period covered = new Period(PeriodKind.YEAR, year, 0);
      Totals totals = byYear.computeIfAbsent(year, y -> store.totalsByProvince(covered.start(), covered.end()))
          .getOrDefault(province, new Totals());
      results.put(province, new ProvinceResults(province, covered, totals));
    });
    return List.copyOf(results.values());
  }
}

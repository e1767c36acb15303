package vn.antq.awards.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import vn.antq.core.Dates;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.Transactions;

/** Figures of a province's awards, and the Ministry's per-province view. */
public class AwardReports {

  private static final LocalDate BEGINNING = LocalDate.of(1945, 9, 2);
  private static final int MAX_MODELS = 1000;

  private final ReportStore reports;
  private final AwardSettings settings;
  private final Transactions transactions;

  public AwardReports(ReportStore reports, AwardSettings settings, Transactions transactions) {
    this.reports = reports;
    this.settings = settings;
    this.transactions = transactions;
  }

  public AwardSummary summary(LocalDate start, LocalDate end) {
    String province = Tenant.province();
    LocalDate from = start == null ? BEGINNING : start;
    LocalDate to = end == null ? Dates.today() : end;
    checkPeriod(from, to);
    int limit = settings.overdueAfterDays(province);
    return transactions.run(() -> {
      List<AwardCount> counts = reports.counts(from, to);
      List<Integer> days = reports.daysToDecision(from, to).getOrDefault(province, List.of());
      int overdue = overdue(reports.waiting().getOrDefault(province, Map.of()), limit);
      return new AwardSummary(province, from, to, counts, Timeliness.of(days, limit, overdue));
    });
  }

  /** One line per province with awards or nominations; a national read (libs/persistence switches role). */
  public List<ProvinceFigures> national(LocalDate start, LocalDate end) {
    LocalDate from = start == null ? BEGINNING : start;
    LocalDate to = end == null ? Dates.today() : end;
    checkPeriod(from, to);
    return transactions.run(() -> {
      Map<String, int[]> totals = reports.totalsPerProvince(from, to);
      Map<String, List<Integer>> days = reports.daysToDecision(from, to);
      Map<String, Map<LocalDate, Integer>> waiting = reports.waiting();
      TreeSet<String> provinces = new TreeSet<>(totals.keySet());
      provinces.addAll(waiting.keySet());
      List<ProvinceFigures> figures = new ArrayList<>();
      for (String province : provinces) {
        int limit = settings.overdueAfterDays(province);
        int[] pair = totals.getOrDefault(province, new int[2]);
        figures.add(new ProvinceFigures(province, pair[0], pair[1], Timeliness.of(
            days.getOrDefault(province, List.of()), limit, overdue(waiting.getOrDefault(province, Map.of()), limit))));
      }
      return figures;
    });
  }

  public List<ModelAwardCount> perModel(Collection<UUID> models, LocalDate end) {
    if (models.size() > MAX_MODELS) {
      throw new DomainException.InvalidInput("models", "at most " + MAX_MODELS);
    }
    LocalDate to = end == null ? Dates.today() : end;
    Map<UUID, ModelAwardCount> found = new TreeMap<>();
    transactions.run(() -> reports.perModel(models, to)).forEach(count -> found.put(count.modelId(), count));
    return models.stream().map(id -> found.getOrDefault(id, new ModelAwardCount(id, 0, 0))).toList();
  }

  private static int overdue(Map<LocalDate, Integer> waitingByPeriodEnd, int limit) {
    LocalDate cutoff = Dates.today().minusDays(limit);
    return waitingByPeriodEnd.entrySet().stream().filter(e -> e.getKey().isBefore(cutoff))
        .mapToInt(Map.Entry::getValue).sum();
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new DomainException.InvalidInput("start_date", "must not be after end_date");
    }
  }
}

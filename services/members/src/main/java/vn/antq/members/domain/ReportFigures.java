package vn.antq.members.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.antq.core.Violations;

/**
 * The members' figures other services report on: a province's models (the registry's nomination
 * evidence and reviews) and, in a national read, every province's totals.
 */
public class ReportFigures {

  /** As many ids as the registry sends in one batch. */
  public static final int MAX_MODELS = 5000;

  private final FigureStore store;
  private final Transactions transactions;

  public ReportFigures(FigureStore store, Transactions transactions) {
    this.store = store;
    this.transactions = transactions;
  }

  /** One entry per model asked, in order; zeros for a model without memberships. */
  public List<FigureStore.ModelFigures> forModels(List<UUID> models, LocalDate from, LocalDate to) {
    Violations violations = new Violations();
    violations.check(!models.isEmpty() && models.size() <= MAX_MODELS, "model_ids",
        "must list 1 to " + MAX_MODELS + " models");
    violations.check(!to.isBefore(from), "period_end", "must not be before period_start");
    violations.throwIfAny();
    Map<UUID, FigureStore.ModelFigures> found = transactions.inTransaction(() -> store.modelFigures(models, from, to))
        .stream().collect(Collectors.toMap(FigureStore.ModelFigures::model, Function.identity()));
    return models.stream().map(model -> found.getOrDefault(model, new FigureStore.ModelFigures(model, 0, 0))).toList();
  }

  /** In a national read (the caller's transaction is read-only, as the national role). */
  public List<FigureStore.ProvinceTotals> perProvince() {
    return transactions.inTransaction(store::provinceTotals);
  }

}

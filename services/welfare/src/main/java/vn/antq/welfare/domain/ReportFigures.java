package vn.antq.welfare.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.antq.core.Transactions;
import vn.antq.core.Violations;

/**
 * What other services report on: what went through a province's models (the registry's nomination
 * evidence and reviews) and, in a national read, what every province handed over.
 */
public class ReportFigures {

  /** As many ids as the registry sends in one batch. */
  public static final int MAX_MODELS = 5000;

  /** Handed-over quantities per kind and their value in whole đồng. */
  public record KindSums(Map<WelfareKind, Long> quantities, long value) {
    public KindSums {
      quantities = Map.copyOf(quantities);
    }

    public long quantity(WelfareKind kind) {
      return quantities.getOrDefault(kind, 0L);
    }
  }

  private static final KindSums NOTHING = new KindSums(Map.of(), 0);

  private final SummaryStore store;
  private final Transactions transactions;

  public ReportFigures(SummaryStore store, Transactions transactions) {
    this.store = store;
    this.transactions = transactions;
  }

  /** One entry per model asked, in order; nothing handed over is zeros. */
  public List<Map.Entry<UUID, KindSums>> forModels(List<UUID> models, Period period) {
    new Violations().check(!models.isEmpty() && models.size() <= MAX_MODELS, "model_ids",
        "must list 1 to " + MAX_MODELS + " models").throwIfAny();
    Map<UUID, Accumulator> found = new HashMap<>();
    transactions.run(() -> store.handedOverByModel(models, period)).forEach(total ->
        found.computeIfAbsent(total.model(), id -> new Accumulator()).add(total.kind(), total.quantity(), total.value()));
    List<Map.Entry<UUID, KindSums>> answer = new ArrayList<>();
    for (UUID model : models) {
      Accumulator sums = found.get(model);
      answer.add(Map.entry(model, sums == null ? NOTHING : sums.done()));
    }
    return answer;
  }

  /** In a national read: every province that handed something over in the period, by slug. */
  public Map<String, KindSums> perProvince(Period period) {
    Map<String, Accumulator> found = new TreeMap<>();
    transactions.run(() -> store.handedOverByProvince(period)).forEach(total ->
        found.computeIfAbsent(total.province(), p -> new Accumulator()).add(total.kind(), total.quantity(), total.value()));
    Map<String, KindSums> answer = new TreeMap<>();
    found.forEach((province, sums) -> answer.put(province, sums.done()));
    return answer;
  }

  private static final class Accumulator {
    private final Map<WelfareKind, Long> quantities = new EnumMap<>(WelfareKind.class);
    private BigDecimal value = BigDecimal.ZERO;

    void add(WelfareKind kind, long quantity, long value) {
      quantities.merge(kind, quantity, Long::sum);
      this.value = this.value.add(BigDecimal.valueOf(value));
    }

    KindSums done() {
      return new KindSums(quantities, Money.exact(value));
    }
  }
}

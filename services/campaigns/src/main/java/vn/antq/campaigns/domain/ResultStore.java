package vn.antq.campaigns.domain;

import java.util.List;
import java.util.Optional;

/** Storage of unit results, in the caller's transaction and province. */
public interface ResultStore {

  Optional<UnitResults> find(Period period, String unit);

  /** Ids of the periods this unit has results for whose dates overlap {@code period}'s. */
  List<String> overlappingPeriods(String unit, Period period);

  void upsert(Period period, String unit, String province, UnitFigures figures, String reporter);

  Page<UnitResults> list(Period period, int pageSize, String afterUnit);
}

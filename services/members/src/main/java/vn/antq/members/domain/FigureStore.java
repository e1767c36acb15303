package vn.antq.members.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Aggregates over memberships for reports: per model of the caller's province, or per province in a national read. */
public interface FigureStore {

  /** Members and new memberships of these models; models without memberships are left out. */
  List<ModelFigures> modelFigures(Collection<UUID> models, LocalDate joinedFrom, LocalDate joinedTo);

  /** Every province's persons and members; run in a national read only. */
  List<ProvinceTotals> provinceTotals();

  record ModelFigures(UUID model, long members, long joinedInPeriod) {}

  record ProvinceTotals(String province, long persons, long members, long activeMemberships) {}
}

package vn.antq.awards.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Report queries: over the caller's province, or — in a national read — over every province. */
public interface ReportStore {

  /** Decided or issued awards with a decision date in [start, end], grouped. */
  List<AwardCount> counts(LocalDate start, LocalDate end);

  /** Days from period end to decision of each award decided in [start, end], per province. */
  Map<String, List<Integer>> daysToDecision(LocalDate start, LocalDate end);

  /** Nominations still waiting for a decision, counted per province and end of achievement period. */
  Map<String, Map<LocalDate, Integer>> waiting();

  /** Collectives and individuals decided in [start, end], per province (national reads). */
  Map<String, int[]> totalsPerProvince(LocalDate start, LocalDate end);

  List<ModelAwardCount> perModel(Collection<UUID> models, LocalDate end);
}

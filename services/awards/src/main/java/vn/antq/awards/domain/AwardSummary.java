package vn.antq.awards.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Awards decided in a period (by decision date), with their timeliness. */
public record AwardSummary(String province, LocalDate start, LocalDate end, List<AwardCount> counts,
                           Timeliness timeliness) {

  public AwardSummary {
    counts = List.copyOf(counts);
  }

  /** Collectives and individuals per issuing level, in the levels' order; levels without awards left out. */
  public Map<IssuingLevel, int[]> byLevel() {
    Map<IssuingLevel, int[]> levels = new EnumMap<>(IssuingLevel.class);
    for (AwardCount count : counts) {
      int[] pair = levels.computeIfAbsent(count.issuingLevel(), level -> new int[2]);
      pair[count.recipientType() == RecipientType.COLLECTIVE ? 0 : 1] += count.count();
    }
    return levels;
  }

  public int total(RecipientType type) {
    return counts.stream().filter(c -> c.recipientType() == type).mapToInt(AwardCount::count).sum();
  }
}

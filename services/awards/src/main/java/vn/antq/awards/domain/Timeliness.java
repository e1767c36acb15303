package vn.antq.awards.domain;

import java.util.List;

/**
 * How soon awards follow the achievements: days from the end of the achievement period to the
 * decision, over the decisions of a period, and how many nominations wait past the limit now.
 */
public record Timeliness(int decided, double medianDays, double meanDays, int maxDays, int decidedLate, int overdue,
                         int limitDays) {

  public static Timeliness of(List<Integer> days, int limitDays, int overdue) {
    if (days.isEmpty()) {
      return new Timeliness(0, 0, 0, 0, 0, overdue, limitDays);
    }
    List<Integer> sorted = days.stream().sorted().toList();
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    double mean = sorted.stream().mapToInt(Integer::intValue).average().orElse(0);
    int late = (int) sorted.stream().filter(d -> d > limitDays).count();
    return new Timeliness(n, median, Math.round(mean * 10) / 10.0, sorted.get(n - 1), late, overdue, limitDays);
  }
}

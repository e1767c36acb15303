package vn.antq.registry.sources;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days of a national report's period, as the dashboard request names it: a year ("2023"), a
 * quarter ("2023-q2") or a month ("2023-05"). The request was validated before any source is read.
 */
record ReportPeriod(LocalDate start, LocalDate end) {

  static ReportPeriod parse(String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    if (period.length() == 4) {
      return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if (period.charAt(5) == 'q') {
      YearMonth first = YearMonth.of(year, 3 * (period.charAt(6) - '1') + 1);
      return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
    YearMonth month = YearMonth.of(year, Integer.parseInt(period.substring(5)));
    return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
  }
}

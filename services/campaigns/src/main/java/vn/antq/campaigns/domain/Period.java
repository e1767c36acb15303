package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.antq.core.DomainException;

/**
 * A reporting period: a year ("2023"), a quarter ("2023-q2") or a month ("2023-05").
 *
 * @param number the month (1-12) or quarter (1-4); 0 for a year
 */
public record Period(PeriodKind kind, int year, int number) {

  /** The movement's records start with the country; no period before it exists. */
  public static final int EARLIEST_YEAR = 1945;
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-q(\\d{1,2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /**
   * The period of that id, if it exists: well formed, not before 1945, and started by today.
   *
   * @throws DomainException.InvalidInput naming {@code field} otherwise
   */
  public static Period existing(String field, String id) {
    return existing(field, id, Checks.today());
  }

  static Period existing(String field, String id, LocalDate today) {
    Period period = parse(field, id);
    if (period.year < EARLIEST_YEAR) {
      throw new DomainException.InvalidInput(field, "there is no period before " + EARLIEST_YEAR);
    }
    if (period.start().isAfter(today)) {
      throw new DomainException.InvalidInput(field, "period " + id + " has not started yet");
    }
    return period;
  }

  private static Period parse(String field, String id) {
    String value = id == null ? "" : id;
    Matcher matcher;
    if ((matcher = YEAR.matcher(value)).matches()) {
      return new Period(PeriodKind.YEAR, Integer.parseInt(matcher.group(1)), 0);
    }
    if ((matcher = QUARTER.matcher(value)).matches()) {
      int quarter = Integer.parseInt(matcher.group(2));
      if (quarter < 1 || quarter > 4) {
        throw new DomainException.InvalidInput(field, "quarter must be q1 to q4");
      }
      return new Period(PeriodKind.QUARTER, Integer.parseInt(matcher.group(1)), quarter);
    }
    if ((matcher = MONTH.matcher(value)).matches()) {
      int month = Integer.parseInt(matcher.group(2));
      if (month < 1 || month > 12) {
        throw new DomainException.InvalidInput(field, "month must be 01 to 12");
      }
      return new Period(PeriodKind.MONTH, Integer.parseInt(matcher.group(1)), month);
    }
    throw new DomainException.InvalidInput(field, "must be a period: a year (2023), a quarter (2023-q1) or a month (2023-01)");
  }

  /** The month, quarter and year a date lies in, innermost first. */
  public static List<Period> around(LocalDate date) {
    return new Period(PeriodKind.MONTH, date.getYear(), date.getMonthValue()).selfAndEnclosing();
  }

  public String id() {
    return switch (kind) {
      case YEAR -> String.valueOf(year);
      case QUARTER -> year + "-q" + number;
      case MONTH -> String.format("%d-%02d", year, number);
    };
  }

  public LocalDate start() {
    return switch (kind) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
      case MONTH -> LocalDate.of(year, number, 1);
    };
  }

  public LocalDate end() {
    return switch (kind) {
      case YEAR -> start().plusYears(1).minusDays(1);
      case QUARTER -> start().plusMonths(3).minusDays(1);
      case MONTH -> start().plusMonths(1).minusDays(1);
    };
  }

  /** This period and the ones around it, innermost first: a month, its quarter, its year. */
  public List<Period> selfAndEnclosing() {
    List<Period> periods = new ArrayList<>(List.of(this));
    if (kind == PeriodKind.MONTH) {
      periods.add(new Period(PeriodKind.QUARTER, year, (number + 2) / 3));
    }
    if (kind != PeriodKind.YEAR) {
      periods.add(new Period(PeriodKind.YEAR, year, 0));
    }
    return periods;
  }

  @Override
  public String toString() {
    return id();
  }
}

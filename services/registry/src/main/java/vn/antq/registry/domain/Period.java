package vn.antq.registry.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.antq.core.DomainException;

/** A review period: a calendar quarter, written "2025-Q3". */
public record Period(int year, int quarter) implements Comparable<Period> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");
  public static final int MONTHS = 3;

  /** @throws DomainException.InvalidInput unless {@code text} is a quarter that has begun */
  public static Period parse(String field, String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new DomainException.InvalidInput(field, "must be a quarter such as 2025-Q3");
    }
    Period period = new Period(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    if (period.start().isAfter(LocalDate.now()) || period.year < 1945) {
      throw new DomainException.InvalidInput(field, "must be a quarter that has begun");
    }
    return period;
  }

  public static Period containing(LocalDate date) {
    return new Period(date.getYear(), (date.getMonthValue() - 1) / MONTHS + 1);
  }

  public LocalDate start() {
    return LocalDate.of(year, (quarter - 1) * MONTHS + 1, 1);
  }

  /** The quarter's last day. */
  public LocalDate end() {
    return start().plusMonths(MONTHS).minusDays(1);
  }

  public Period previous() {
    return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
  }

  @Override
  public int compareTo(Period other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}

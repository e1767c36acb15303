package vn.antq.registry.sources;

import com.google.type.Date;
import java.time.LocalDate;

/** Dates of the other services' contracts. */
final class Dates {

  private Dates() {}

  static Date toProto(LocalDate date) {
    return Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
  }
}

package vn.antq.welfare.domain;

import java.time.LocalDate;
import vn.antq.core.DomainException;

/** Days from {@code start} to {@code end}, both inclusive; a null bound is open. */
public record Period(LocalDate start, LocalDate end) {

  public Period {
    if (start != null && end != null && end.isBefore(start)) {
      throw new DomainException.InvalidInput("end_date", "must not be before start_date");
    }
  }
}

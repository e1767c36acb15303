package vn.antq.grpc.contract;

import com.google.protobuf.Timestamp;
import com.google.type.Date;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import vn.antq.core.DomainException;

/** The contracts' {@code google.type.Date} and {@code Timestamp} ↔ java.time. */
public final class ProtoTime {

  private ProtoTime() {}

  /** Null for null; a date that is not on the calendar (e.g. 30 February) is the caller's error. */
  public static LocalDate date(String field, Date date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    } catch (DateTimeException e) {
      throw new DomainException.InvalidInput(field, "is not a calendar date");
    }
  }

  public static Date date(LocalDate date) {
    return Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
  }

  /** A timestamp outside java.time's range is the caller's error. */
  public static Instant instant(String field, Timestamp timestamp) {
    try {
      return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    } catch (DateTimeException e) {
      throw new DomainException.InvalidInput(field, "is not a valid time");
    }
  }

  public static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
  }
}

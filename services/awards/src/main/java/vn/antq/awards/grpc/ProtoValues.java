package vn.antq.awards.grpc;

import com.google.protobuf.ProtocolMessageEnum;
import com.google.protobuf.Timestamp;
import com.google.type.Date;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import vn.antq.core.DomainException;

/** Contract value types ↔ Java: enums by name, google.type.Date, Timestamp. */
final class ProtoValues {

  private static final String UNRECOGNIZED = "UNRECOGNIZED";

  private ProtoValues() {}

  /** The domain enum of the same name; the unset value (0) is null; a number the contract does not know is an error. */
  static <E extends Enum<E>> E domain(ProtocolMessageEnum value, Class<E> type, String field) {
    String name = ((Enum<?>) value).name();
    if (name.equals(UNRECOGNIZED)) {
      throw new DomainException.InvalidInput(field, "unknown value");
    }
    return value.getNumber() == 0 ? null : Enum.valueOf(type, name);
  }

  static LocalDate date(String field, boolean present, Date date) {
    if (!present) {
      return null;
    }
    try {
      return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    } catch (DateTimeException e) {
      throw new DomainException.InvalidInput(field, "is not a calendar date");
    }
  }

  static Date date(LocalDate date) {
    return Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
  }

  static Timestamp timestamp(Instant instant) {
    return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
  }

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

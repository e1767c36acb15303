package vn.antq.grpc.contract;

import com.google.protobuf.ProtocolMessageEnum;
import com.google.type.Date;
import java.time.LocalDate;
import vn.antq.core.DomainException;

/** Contract value types ↔ Java: enums by name, optional dates, optional strings. */
public final class ProtoValues {

  private static final String UNRECOGNIZED = "UNRECOGNIZED";

  private ProtoValues() {}

  /** The domain enum of the same name; the unset value (0) is null; a number the contract does not know is an error. */
  public static <E extends Enum<E>> E domain(ProtocolMessageEnum value, Class<E> type, String field) {
    String name = ((Enum<?>) value).name();
    if (name.equals(UNRECOGNIZED)) {
      throw new DomainException.InvalidInput(field, "unknown value");
    }
    return value.getNumber() == 0 ? null : Enum.valueOf(type, name);
  }

  /** Null when not present; a date that is not on the calendar is the caller's error. */
  public static LocalDate date(String field, boolean present, Date date) {
    return present ? ProtoTime.date(field, date) : null;
  }

  public static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

package vn.antq.core;

import java.time.LocalDate;
import java.time.ZoneId;

/** Date limits. "Today" is Vietnam's: a handover recorded early on 1 January is not in the future. */
public final class Dates {

  private static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private Dates() {}

  public static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  /** Null, or between 2 September 1945 and today. */
  public static boolean pastOrToday(LocalDate date) {
    return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(today()));
  }

  /** Null, or between 2 September 1945 and ten years from today (planned work). */
  public static boolean plannable(LocalDate date) {
    return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(today().plusYears(10)));
  }
}

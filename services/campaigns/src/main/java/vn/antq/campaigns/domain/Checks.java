package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/** Field rules every record of this service shares. */
final class Checks {

  static final int MAX_NAME = 200;
  static final int MAX_TITLE = 300;
  static final int MAX_VENUE = 500;
  static final int MAX_TEXT = 4000;
  /** Dates before the country's founding are typing mistakes, not history. */
  static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);
  /** The movement's dates are Vietnamese calendar dates, whatever zone the server runs in. */
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private Checks() {}

  static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  /** A count that is neither negative nor beyond what one record can plausibly hold. */
  static void count(Violations violations, long value, String field, long max) {
    violations.check(value >= 0, field, "must not be negative");
    violations.check(value <= max, field, "must be at most " + max);
  }

  /** A required date of something that has happened. */
  static void pastDate(Violations violations, LocalDate date, String field) {
    if (date == null) {
      violations.add(field, "is required");
    } else if (date.isBefore(EARLIEST) || date.isAfter(today())) {
      violations.add(field, "must be between " + EARLIEST + " and today");
    }
  }

  /** Null stands for an unset or unknown enum value in the request. */
  static <E extends Enum<E>> void known(Violations violations, E value, String field, Class<E> type) {
    violations.check(value != null, field, "must be one of " + Arrays.toString(type.getEnumConstants()));
  }

  static Place clean(Place place) {
    if (place == null) {
      return null;
    }
    return new Place(VietnameseText.clean(place.district()), orEmpty(place.commune()), orEmpty(place.venue()));
  }

  static void place(Violations violations, Place place, String field) {
    if (place == null) {
      violations.add(field, "is required");
      return;
    }
    violations.requireText(place.district(), field + ".district", MAX_NAME)
        .optionalText(place.commune(), field + ".commune", MAX_NAME)
        .optionalText(place.venue(), field + ".venue", MAX_VENUE);
  }

  static String orEmpty(String text) {
    String clean = VietnameseText.clean(text);
    return clean == null ? "" : clean;
  }
}

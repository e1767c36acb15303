package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.util.UUID;
import vn.antq.core.DomainException;

/** Position in a list of dated records, ordered by date then id. */
public record ActivityCursor(LocalDate date, UUID id) {

  /** Null for none. */
  public static ActivityCursor parse(String cursor) {
    if (cursor == null) {
      return null;
    }
    String[] parts = cursor.split("\\|", -1);
    try {
      return new ActivityCursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw new DomainException.InvalidInput("page_token", "is not a token this service issued");
    }
  }

  @Override
  public String toString() {
    return date + "|" + id;
  }
}

package vn.antq.members.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/** Small conversions the stores share. */
final class SqlValues {

  private SqlValues() {}

  /**
   * Bound as text[] and cast in SQL ({@code ?::uuid[]}): the driver maps String[] on its own. Large id
   * sets are joined as {@code unnest(?::uuid[])} rather than tested with {@code = ANY(?)}: in a
   * generic plan of a prepared statement, ANY over a parameter is scanned element by element per row.
   */
  static String[] uuids(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).toArray(String[]::new);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    java.sql.Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  static String likeEscape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

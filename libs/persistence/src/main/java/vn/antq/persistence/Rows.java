package vn.antq.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.antq.core.Page;

/** Column reading and keyset paging (by UUID version 7 ids) for services' JDBC stores. */
public final class Rows {

  private Rows() {}

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    java.sql.Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  public static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  public static String nameOrNull(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** Rows were fetched with {@code LIMIT pageSize + 1}: one more than a page means there is a next page. */
  public static <T> Page<T> page(List<T> rows, int pageSize, int total, Function<T, UUID> id) {
    if (rows.size() <= pageSize) {
      return new Page<>(rows, null, total);
    }
    List<T> items = List.copyOf(rows.subList(0, pageSize));
    return new Page<>(items, id.apply(items.get(pageSize - 1)).toString(), total);
  }
}

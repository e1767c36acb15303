package vn.antq.campaigns.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.antq.campaigns.domain.Page;
import vn.antq.campaigns.domain.Place;

/** Column reading and paging shared by the stores. */
final class Rows {

  private Rows() {}

  static Instant instant(ResultSet rs, String column) throws SQLException {
    java.sql.Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static Place place(ResultSet rs) throws SQLException {
    return new Place(rs.getString("district"), rs.getString("commune"), rs.getString("venue"));
  }

  /** The values of an array column, as the driver returns them (uuid[] as UUID[], text[] as String[]). */
  @SuppressWarnings("unchecked")
  static <T> List<T> array(ResultSet rs, String column) throws SQLException {
    java.sql.Array array = rs.getArray(column);
    return array == null ? List.of() : List.of((T[]) array.getArray());
  }

  /** {@code rows} holds up to one row more than a page: its presence says there is a next page. */
  static <T> Page<T> page(List<T> rows, int pageSize, int total, Function<T, String> cursor) {
    if (rows.size() <= pageSize) {
      return new Page<>(rows, null, total);
    }
    List<T> items = List.copyOf(rows.subList(0, pageSize));
    return new Page<>(items, cursor.apply(items.get(pageSize - 1)), total);
  }
}

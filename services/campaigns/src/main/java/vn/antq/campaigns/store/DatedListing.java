package vn.antq.campaigns.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.antq.campaigns.domain.ActivityCursor;
import vn.antq.campaigns.domain.ActivityFilter;
import vn.antq.campaigns.domain.Page;

/**
 * Lists of dated records (launches, forums, patrols, classes): filtered by date range and district,
 * keyset-paged by (date, id), which the (province, date, id) index of each table serves.
 *
 * @param table and {@code dateColumn} are constants of this package, never request input
 */
record DatedListing(String table, String dateColumn) {

  <T> Page<T> page(JdbcClient jdbc, RowMapper<T> rows, ActivityFilter filter, int pageSize, ActivityCursor after,
                   Function<T, ActivityCursor> cursorOf) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (filter.from() != null) {
      where.append(" AND ").append(dateColumn).append(" >= ?");
      params.add(filter.from());
    }
    if (filter.to() != null) {
      where.append(" AND ").append(dateColumn).append(" <= ?");
      params.add(filter.to());
    }
    if (filter.district() != null) {
      where.append(" AND district = ?");
      params.add(filter.district());
    }
    int total = jdbc.sql("SELECT count(*) FROM " + table + where).params(params).query(Integer.class).single();
    if (after != null) {
      where.append(" AND (").append(dateColumn).append(", id) > (?, ?)");
      params.add(after.date());
      params.add(after.id());
    }
    params.add(pageSize + 1);
    List<T> found = jdbc.sql("SELECT * FROM " + table + where + " ORDER BY " + dateColumn + ", id LIMIT ?")
        .params(params).query(rows).list();
    return Rows.page(found, pageSize, total, item -> cursorOf.apply(item).toString());
  }
}

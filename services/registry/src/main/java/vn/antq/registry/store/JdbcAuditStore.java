package vn.antq.registry.store;

import static vn.antq.registry.store.JdbcRegistryStore.page;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.DomainException;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.audit.AuditEntry;
import vn.antq.registry.domain.audit.AuditFilter;
import vn.antq.registry.domain.audit.AuditStore;

/** The national_audit table, newest first, keyset-paged on (time, id). */
@Repository
public class JdbcAuditStore implements AuditStore {

  private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(rs.getObject("id", UUID.class),
      rs.getTimestamp("time").toInstant(), rs.getString("subject"),
      rs.getString("roles").isEmpty() ? List.of() : Arrays.asList(rs.getString("roles").split(",")),
      rs.getString("caller_province"), rs.getString("method"), rs.getString("access"), rs.getString("request"),
      rs.getBoolean("allowed"));

  private final JdbcClient jdbc;

  public JdbcAuditStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Page<AuditEntry> list(AuditFilter filter, int pageSize, String cursor) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (filter.operation() != null) {
      where.append(" AND (method = ? OR method LIKE ?)");
      params.add(filter.operation());
      params.add("%/" + filter.operation().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
    }
    if (filter.from() != null) {
      where.append(" AND time >= ?");
      params.add(Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" AND time < ?");
      params.add(Timestamp.from(filter.to()));
    }
    if (cursor != null) {
      String[] last = cursor.split(" ", 2);
      try {
        Instant time = Instant.parse(last[0]);
        UUID id = UUID.fromString(last.length > 1 ? last[1] : "");
        where.append(" AND (time, id) < (?, ?)");
        params.add(Timestamp.from(time));
        params.add(id);
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new DomainException.InvalidInput("page_token", "is not a token this list returned");
      }
    }
    params.add(pageSize + 1);
    List<AuditEntry> rows = jdbc.sql("SELECT * FROM national_audit" + where + " ORDER BY time DESC, id DESC LIMIT ?")
        .params(params).query(ENTRY).list();
    return page(rows, pageSize, 0, entry -> entry.time() + " " + entry.id());
  }
}

package vn.antq.members.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.DomainException;
import vn.antq.members.domain.AccessRecord;
import vn.antq.members.domain.AccessRecordStore;
import vn.antq.members.domain.Page;
import vn.antq.members.domain.PersonView;

/** SQL for access records: inserted and read, never changed (the application role may do nothing else). */
@Repository
public class JdbcAccessRecordStore implements AccessRecordStore {

  private static final RowMapper<AccessRecord> RECORD = (rs, i) -> new AccessRecord(
      rs.getObject("id", UUID.class), SqlValues.instant(rs, "access_time"), rs.getString("actor"),
      rs.getObject("person_id", UUID.class), PersonView.valueOf(rs.getString("view")), rs.getString("purpose"),
      rs.getString("operation"));

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  public JdbcAccessRecordStore(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  @Override
  public void insert(String province, String actor, PersonView view, String purpose, Collection<UUID> persons,
                     String operation) {
    batches.batchUpdate("""
            INSERT INTO access_record (province, id, actor, person_id, view, purpose, operation)
            VALUES (?, ?, ?, ?, ?, ?, ?)""", List.copyOf(persons), 500, (statement, person) -> {
          statement.setString(1, province);
          statement.setObject(2, UUID.randomUUID());
          statement.setString(3, actor);
          statement.setObject(4, person);
          statement.setString(5, view.name());
          statement.setString(6, purpose);
          statement.setString(7, operation);
        });
  }

  @Override
  public Page<AccessRecord> list(UUID personId, int pageSize, String cursor) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (personId != null) {
      where.append(" AND person_id = ?");
      params.add(personId);
    }
    if (cursor != null) {
      String[] after = cursor.split("\u001f", 2);
      try {
        params.add(java.sql.Timestamp.from(java.time.Instant.parse(after[0])));
        params.add(UUID.fromString(after[1]));
      } catch (RuntimeException e) {
        throw new DomainException.InvalidInput("page_token", "is not a token this service issued");
      }
      where.append(" AND (access_time, id) < (?, ?)");
    }
    params.add(pageSize + 1);
    List<AccessRecord> rows = jdbc.sql("SELECT * FROM access_record" + where + " ORDER BY access_time DESC, id DESC LIMIT ?")
        .params(params).query(RECORD).list();
    if (rows.size() <= pageSize) {
      return new Page<>(rows, null, rows.size());
    }
    AccessRecord last = rows.get(pageSize - 1);
    return new Page<>(List.copyOf(rows.subList(0, pageSize)), last.accessTime() + "\u001f" + last.id(), -1);
  }
}

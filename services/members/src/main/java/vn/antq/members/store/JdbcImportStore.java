package vn.antq.members.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.DomainException;
import vn.antq.members.domain.Page;
import vn.antq.members.roster.FileFormat;
import vn.antq.members.roster.ImportOutcome;
import vn.antq.members.roster.ImportProblem;
import vn.antq.members.roster.ImportState;
import vn.antq.members.roster.ImportStore;
import vn.antq.members.roster.MemberImport;

/** SQL for imports and their reports. No query filters by province: row-level security does. */
@Repository
public class JdbcImportStore implements ImportStore {

  private static final RowMapper<ImportProblem> PROBLEM = (rs, i) -> new ImportProblem(
      rs.getInt("line"), rs.getString("column_name"), rs.getString("reason"));

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  public JdbcImportStore(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  @Override
  public Optional<UUID> findIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM member_import WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public void insert(String province, UUID id, String requestId, String actor, String fileName, FileFormat format,
                     boolean dryRun) {
    jdbc.sql("""
            INSERT INTO member_import (province, id, request_id, actor, file_name, format, dry_run, state)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'VALIDATING')""")
        .params(province, id, requestId, actor, fileName, format.name(), dryRun).update();
  }

  /**
   * The import first, then its errors: a run's end commits its state and errors together, so errors
   * read after a final state are complete (the other order could pair "FAILED" with no errors yet).
   */
  @Override
  public Optional<MemberImport> find(UUID id) {
    return jdbc.sql("SELECT * FROM member_import WHERE id = ?").param(id).query((rs, i) -> new MemberImport(
        id, rs.getString("file_name"), FileFormat.valueOf(rs.getString("format")), rs.getBoolean("dry_run"),
        ImportState.valueOf(rs.getString("state")), rs.getInt("rows_total"), rs.getInt("rows_done"),
        rs.getInt("error_count"), List.of(),
        new ImportOutcome(rs.getInt("persons_created"), rs.getInt("persons_updated"),
            rs.getInt("memberships_created"), rs.getInt("rows_unchanged")),
        SqlValues.instant(rs, "create_time"), SqlValues.instant(rs, "update_time"))).optional()
        .map(found -> found.withErrors(jdbc.sql("""
                SELECT line, column_name, reason FROM member_import_error WHERE import_id = ?
                ORDER BY sequence LIMIT ?""").params(id, FIRST_ERRORS).query(PROBLEM).list()));
  }

  @Override
  public void progress(UUID id, ImportState state, int rowsTotal, int rowsDone) {
    jdbc.sql("UPDATE member_import SET state = ?, rows_total = ?, rows_done = ?, update_time = now() WHERE id = ?")
        .params(state.name(), rowsTotal, rowsDone, id).update();
  }

  @Override
  public void finish(String province, UUID id, ImportState state, ImportOutcome outcome, List<ImportProblem> errors) {
    jdbc.sql("""
            UPDATE member_import SET state = ?, error_count = ?, persons_created = ?, persons_updated = ?,
                   memberships_created = ?, rows_unchanged = ?, update_time = now(),
                   rows_done = CASE WHEN ? = 'SUCCEEDED' THEN rows_total ELSE rows_done END
            WHERE id = ?""")
        .params(state.name(), errors.size(), outcome.personsCreated(), outcome.personsUpdated(),
            outcome.membershipsCreated(), outcome.rowsUnchanged(), state.name(), id)
        .update();
    int[] sequence = {0};
    batches.batchUpdate("""
            INSERT INTO member_import_error (province, import_id, sequence, line, column_name, reason)
            VALUES (?, ?, ?, ?, ?, ?)""", errors, 1000, (statement, error) -> {
          statement.setString(1, province);
          statement.setObject(2, id);
          statement.setInt(3, ++sequence[0]);
          statement.setInt(4, error.line());
          statement.setString(5, error.column());
          statement.setString(6, error.reason());
        });
  }

  @Override
  public Page<ImportProblem> errors(UUID id, int pageSize, String cursor) {
    int after;
    try {
      after = cursor == null ? 0 : Integer.parseInt(cursor);
    } catch (NumberFormatException e) {
      throw new DomainException.InvalidInput("page_token", "is not a token this service issued");
    }
    List<Object[]> rows = jdbc.sql("""
            SELECT sequence, line, column_name, reason FROM member_import_error
            WHERE import_id = ? AND sequence > ? ORDER BY sequence LIMIT ?""")
        .params(id, after, pageSize + 1)
        .query((rs, i) -> new Object[] {rs.getInt("sequence"), PROBLEM.mapRow(rs, i)}).list();
    List<ImportProblem> items = rows.stream().limit(pageSize).map(row -> (ImportProblem) row[1]).toList();
    String next = rows.size() > pageSize ? String.valueOf(rows.get(pageSize - 1)[0]) : null;
    return new Page<>(items, next, -1);
  }

  @Override
  public void lockProvinceImports(String province) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("antq.members.import/" + province)
        .query((rs, i) -> true).single();
  }
}

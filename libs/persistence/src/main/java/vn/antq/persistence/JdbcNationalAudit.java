package vn.antq.persistence;

import java.sql.Timestamp;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.antq.core.NationalAudit;
import vn.antq.core.Role;

/**
 * Keeps the national audit in the service's own {@code national_audit} table (its migration creates
 * it; see docs/adding-a-service.md). Each entry is one INSERT on its own connection, committed at
 * once and outside any transaction of the call, so neither a read-only national transaction nor a
 * rolled-back one can lose it. The application role may only append; the national role reads.
 */
public class JdbcNationalAudit implements NationalAudit {

  private final JdbcTemplate jdbc;

  public JdbcNationalAudit(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void record(Entry entry) {
    jdbc.update("""
            INSERT INTO national_audit (id, time, subject, caller_province, roles, method, access, request, allowed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID(), Timestamp.from(entry.time()), entry.subject(), entry.callerProvince(),
        entry.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")), entry.method(),
        entry.access(), entry.request(), entry.allowed());
  }
}

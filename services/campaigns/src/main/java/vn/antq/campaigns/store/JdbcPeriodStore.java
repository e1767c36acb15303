package vn.antq.campaigns.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.antq.campaigns.domain.PeriodAction;
import vn.antq.campaigns.domain.PeriodEvent;
import vn.antq.campaigns.domain.PeriodStore;

/** SQL for period approvals and their audit trail (which the application role can only append to). */
@Repository
public class JdbcPeriodStore implements PeriodStore {

  private final JdbcClient jdbc;

  public JdbcPeriodStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A transaction-scoped advisory lock keyed by (province, year): released by the commit or rollback,
   * so it can never outlive the request, and it needs no row to exist yet.
   */
  @Override
  public void lockYear(String province, int year, boolean exclusive) {
    String function = exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
    jdbc.sql("SELECT " + function + "(hashtext(?), ?)").params("campaigns-period/" + province, year)
        .query().listOfRows();
  }

  @Override
  public Set<String> approved(List<String> periodIds) {
    return new HashSet<>(jdbc.sql("SELECT period FROM period_approval WHERE approved AND period = ANY(?)")
        .param(new SqlArrayValue("text", periodIds.toArray())).query(String.class).list());
  }

  @Override
  public void setApproved(String periodId, String province, boolean approved) {
    jdbc.sql("""
            INSERT INTO period_approval (province, period, approved) VALUES (?, ?, ?)
            ON CONFLICT (province, period) DO UPDATE SET approved = excluded.approved, change_time = now()""")
        .params(province, periodId, approved).update();
  }

  @Override
  public void addEvent(String periodId, String province, PeriodAction action, String actor, String reason) {
    jdbc.sql("INSERT INTO period_event (province, id, period, action, actor, reason) VALUES (?, ?, ?, ?, ?, ?)")
        .params(province, UUID.randomUUID(), periodId, action.name(), actor, reason).update();
  }

  @Override
  public List<PeriodEvent> events(String periodId) {
    return jdbc.sql("SELECT action, actor, reason, event_time FROM period_event WHERE period = ? ORDER BY event_time")
        .param(periodId)
        .query((rs, i) -> new PeriodEvent(PeriodAction.valueOf(rs.getString("action")), rs.getString("actor"),
            rs.getString("reason"), Rows.instant(rs, "event_time")))
        .list();
  }
}

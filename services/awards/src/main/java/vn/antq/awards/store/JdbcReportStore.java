package vn.antq.awards.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.awards.domain.AwardCount;
import vn.antq.awards.domain.IssuingLevel;
import vn.antq.awards.domain.ModelAwardCount;
import vn.antq.awards.domain.RecipientType;
import vn.antq.awards.domain.ReportStore;
import vn.antq.persistence.Rows;

/**
 * Report queries. Row-level security decides whose rows they see: the caller's province, or every
 * province in a national read (libs/persistence runs those as the national role).
 */
@Repository
public class JdbcReportStore implements ReportStore {

  private static final String DECIDED_IN = " WHERE decision_id IS NOT NULL AND decision_date BETWEEN ? AND ?";

  private final JdbcClient jdbc;

  public JdbcReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<AwardCount> counts(LocalDate start, LocalDate end) {
    return jdbc.sql("""
            SELECT extract(year FROM decision_date)::int AS year, issuing_level, form, recipient_type, count(*) AS n
            FROM nomination""" + DECIDED_IN
            + " GROUP BY 1, issuing_level, form, recipient_type ORDER BY 1, issuing_level, form, recipient_type")
        .params(start, end)
        .query((rs, i) -> new AwardCount(rs.getInt("year"), IssuingLevel.valueOf(rs.getString("issuing_level")),
            rs.getString("form"), RecipientType.valueOf(rs.getString("recipient_type")), rs.getInt("n")))
        .list();
  }

  @Override
  public Map<String, List<Integer>> daysToDecision(LocalDate start, LocalDate end) {
    Map<String, List<Integer>> days = new HashMap<>();
    jdbc.sql("SELECT province, decision_date - period_end AS days FROM nomination" + DECIDED_IN)
        .params(start, end)
        .query(rs -> {
          days.computeIfAbsent(rs.getString("province"), p -> new ArrayList<>()).add(rs.getInt("days"));
        });
    return days;
  }

  @Override
  public Map<String, Map<LocalDate, Integer>> waiting() {
    Map<String, Map<LocalDate, Integer>> waiting = new HashMap<>();
    jdbc.sql("""
            SELECT province, period_end, count(*) AS n FROM nomination
            WHERE state IN ('NOMINATED', 'APPROVED') GROUP BY province, period_end""")
        .query(rs -> {
          waiting.computeIfAbsent(rs.getString("province"), p -> new HashMap<>())
              .put(Rows.date(rs, "period_end"), rs.getInt("n"));
        });
    return waiting;
  }

  @Override
  public Map<String, int[]> totalsPerProvince(LocalDate start, LocalDate end) {
    Map<String, int[]> totals = new HashMap<>();
    jdbc.sql("""
            SELECT province, count(*) FILTER (WHERE recipient_type = 'COLLECTIVE') AS collectives,
                   count(*) FILTER (WHERE recipient_type = 'INDIVIDUAL') AS individuals
            FROM nomination""" + DECIDED_IN + " GROUP BY province")
        .params(start, end)
        .query(rs -> {
          totals.put(rs.getString("province"), new int[] {rs.getInt("collectives"), rs.getInt("individuals")});
        });
    return totals;
  }

  @Override
  public List<ModelAwardCount> perModel(Collection<UUID> models, LocalDate end) {
    return jdbc.sql("""
            SELECT model_id, count(*) FILTER (WHERE recipient_type = 'COLLECTIVE') AS collective,
                   count(*) FILTER (WHERE recipient_type = 'INDIVIDUAL') AS individual
            FROM nomination
            WHERE model_id = ANY(?) AND decision_id IS NOT NULL AND decision_date <= ?
            GROUP BY model_id""")
        .params(models.toArray(UUID[]::new), end)
        .query((rs, i) -> new ModelAwardCount(Rows.uuid(rs, "model_id"), rs.getInt("collective"),
            rs.getInt("individual")))
        .list();
  }
}

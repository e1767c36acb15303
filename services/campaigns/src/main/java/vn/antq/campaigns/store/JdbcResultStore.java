package vn.antq.campaigns.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.campaigns.domain.Page;
import vn.antq.campaigns.domain.Period;
import vn.antq.campaigns.domain.ResultStore;
import vn.antq.campaigns.domain.UnitFigures;
import vn.antq.campaigns.domain.UnitResults;

/** SQL for unit results. Row-level security confines every statement to the caller's province. */
@Repository
public class JdbcResultStore implements ResultStore {

  private final JdbcClient jdbc;

  public JdbcResultStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UnitResults> find(Period period, String unit) {
    return jdbc.sql("SELECT * FROM unit_result WHERE period = ? AND unit = ?").params(period.id(), unit)
        .query(rows(period)).optional();
  }

  @Override
  public List<String> overlappingPeriods(String unit, Period period) {
    return jdbc.sql("""
            SELECT period FROM unit_result WHERE unit = ? AND period_start <= ? AND period_end >= ?
            ORDER BY period_start, period""")
        .params(unit, period.end(), period.start()).query(String.class).list();
  }

  @Override
  public void upsert(Period period, String unit, String province, UnitFigures figures, String reporter) {
    jdbc.sql("""
            INSERT INTO unit_result (province, period, unit, period_start, period_end, unit_display_name, district,
                                     tips_received, tips_from_dignitaries, weapons_surrendered, explosives_surrendered,
                                     support_tools_surrendered, fireworks_surrendered, disputes_mediated, reporter,
                                     model_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (province, period, unit) DO UPDATE SET
                unit_display_name = excluded.unit_display_name, district = excluded.district,
                tips_received = excluded.tips_received, tips_from_dignitaries = excluded.tips_from_dignitaries,
                weapons_surrendered = excluded.weapons_surrendered,
                explosives_surrendered = excluded.explosives_surrendered,
                support_tools_surrendered = excluded.support_tools_surrendered,
                fireworks_surrendered = excluded.fireworks_surrendered,
                disputes_mediated = excluded.disputes_mediated, reporter = excluded.reporter,
                model_id = excluded.model_id, update_time = now()""")
        .params(province, period.id(), unit, period.start(), period.end(), figures.unitDisplayName(),
            figures.district(), figures.tipsReceived(), figures.tipsFromDignitaries(), figures.weaponsSurrendered(),
            figures.explosivesSurrendered(), figures.supportToolsSurrendered(), figures.fireworksSurrendered(),
            figures.disputesMediated(), reporter, figures.model())
        .update();
  }

  @Override
  public Page<UnitResults> list(Period period, int pageSize, String afterUnit) {
    int total = jdbc.sql("SELECT count(*) FROM unit_result WHERE period = ?").param(period.id())
        .query(Integer.class).single();
    List<UnitResults> rows = jdbc.sql("""
            SELECT * FROM unit_result WHERE period = ? AND (?::text IS NULL OR unit > ?::text)
            ORDER BY unit LIMIT ?""")
        .params(period.id(), afterUnit, afterUnit, pageSize + 1).query(rows(period)).list();
    return Rows.page(rows, pageSize, total, UnitResults::unit);
  }

  private static RowMapper<UnitResults> rows(Period period) {
    return (rs, i) -> new UnitResults(period, rs.getString("unit"),
        new UnitFigures(rs.getString("unit_display_name"), rs.getString("district"), rs.getInt("tips_received"),
            rs.getInt("tips_from_dignitaries"), rs.getInt("weapons_surrendered"), rs.getInt("explosives_surrendered"),
            rs.getInt("support_tools_surrendered"), rs.getInt("fireworks_surrendered"), rs.getInt("disputes_mediated"),
            rs.getObject("model_id", java.util.UUID.class)),
        rs.getString("reporter"), Rows.instant(rs, "update_time"));
  }
}

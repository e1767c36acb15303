package vn.antq.welfare.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.persistence.Rows;
import vn.antq.welfare.domain.ContributedTotal;
import vn.antq.welfare.domain.KindTotal;
import vn.antq.welfare.domain.Money;
import vn.antq.welfare.domain.Period;
import vn.antq.welfare.domain.QuantityUnit;
import vn.antq.welfare.domain.SponsorTotal;
import vn.antq.welfare.domain.SponsorType;
import vn.antq.welfare.domain.SummaryStore;
import vn.antq.welfare.domain.WelfareKind;

/**
 * The report's sums, in SQL: bigint sums come back as numeric (no overflow in the database) and are
 * narrowed to int64 exactly. An open period bound is PostgreSQL's infinite date.
 */
@Repository
public class JdbcSummaryStore implements SummaryStore {

  private static final String IN_PERIOD = "BETWEEN coalesce(?::date, '-infinity'::date) AND coalesce(?::date, 'infinity'::date)";

  private final JdbcClient jdbc;

  public JdbcSummaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<KindTotal> handedOver(Period period) {
    return jdbc.sql("""
            SELECT kind, unit, count(*) AS items, sum(quantity) AS quantity, sum(value_vnd) AS value
            FROM welfare_item WHERE status = 'HANDED_OVER' AND handover_date %s
            GROUP BY kind, unit""".formatted(IN_PERIOD))
        .params(period.start(), period.end())
        .query((rs, i) -> new KindTotal(WelfareKind.valueOf(rs.getString("kind")),
            QuantityUnit.valueOf(rs.getString("unit")), rs.getInt("items"), Money.exact(rs.getBigDecimal("quantity")),
            Money.exact(rs.getBigDecimal("value"))))
        .list();
  }

  @Override
  public List<SponsorTotal> topSponsors(Period period, int limit) {
    return jdbc.sql("""
            SELECT s.id, s.display_name, s.sponsor_type, count(*) AS contributions,
                   coalesce(sum(c.value_vnd) FILTER (WHERE c.form = 'MONEY'), 0) AS money,
                   coalesce(sum(c.value_vnd) FILTER (WHERE c.form = 'IN_KIND'), 0) AS in_kind,
                   sum(c.value_vnd) AS total
            FROM contribution c JOIN sponsor s ON s.province = c.province AND s.id = c.sponsor_id
            WHERE c.contribution_date %s
            GROUP BY s.id, s.display_name, s.sponsor_type
            ORDER BY total DESC, s.id LIMIT ?""".formatted(IN_PERIOD))
        .params(period.start(), period.end(), limit)
        .query((rs, i) -> new SponsorTotal(Rows.uuid(rs, "id"), rs.getString("display_name"),
            SponsorType.valueOf(rs.getString("sponsor_type")), rs.getInt("contributions"),
            Money.exact(rs.getBigDecimal("money")), Money.exact(rs.getBigDecimal("in_kind")),
            Money.exact(rs.getBigDecimal("total"))))
        .list();
  }

  @Override
  public List<ModelKindTotal> handedOverByModel(Collection<UUID> models, Period period) {
    return jdbc.sql("""
            SELECT i.model_id, i.kind, sum(i.quantity) AS quantity, sum(i.value_vnd) AS value
            FROM welfare_item i JOIN unnest(?::uuid[]) AS k(id) ON i.model_id = k.id
            WHERE i.status = 'HANDED_OVER' AND i.handover_date %s
            GROUP BY i.model_id, i.kind""".formatted(IN_PERIOD))
        .params(models.stream().map(UUID::toString).toArray(String[]::new), period.start(), period.end())
        .query((rs, i) -> new ModelKindTotal(rs.getObject("model_id", UUID.class), WelfareKind.valueOf(rs.getString("kind")),
            Money.exact(rs.getBigDecimal("quantity")), Money.exact(rs.getBigDecimal("value"))))
        .list();
  }

  @Override
  public List<ProvinceKindTotal> handedOverByProvince(Period period) {
    return jdbc.sql("""
            SELECT province, kind, sum(quantity) AS quantity, sum(value_vnd) AS value
            FROM welfare_item WHERE status = 'HANDED_OVER' AND handover_date %s
            GROUP BY province, kind""".formatted(IN_PERIOD))
        .params(period.start(), period.end())
        .query((rs, i) -> new ProvinceKindTotal(rs.getString("province"), WelfareKind.valueOf(rs.getString("kind")),
            Money.exact(rs.getBigDecimal("quantity")), Money.exact(rs.getBigDecimal("value"))))
        .list();
  }

  @Override
  public ContributedTotal contributed(Period period) {
    return jdbc.sql("SELECT count(DISTINCT sponsor_id) AS sponsors, sum(value_vnd) AS total FROM contribution"
            + " WHERE contribution_date " + IN_PERIOD)
        .params(period.start(), period.end())
        .query((rs, i) -> new ContributedTotal(rs.getInt("sponsors"), Money.exact(rs.getBigDecimal("total"))))
        .single();
  }
}

package vn.antq.members.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.members.domain.FigureStore;

/** Report aggregates; row-level security limits them to the caller's province, or not in a national read. */
@Repository
public class JdbcFigureStore implements FigureStore {

  private final JdbcClient jdbc;

  public JdbcFigureStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ModelFigures> modelFigures(Collection<UUID> models, LocalDate joinedFrom, LocalDate joinedTo) {
    return jdbc.sql("""
            SELECT m.model_id,
                   count(DISTINCT m.person_id) FILTER (WHERE m.status = 'ACTIVE') AS members,
                   count(*) FILTER (WHERE m.joined_date BETWEEN ? AND ?) AS joined
            FROM membership m JOIN unnest(?::uuid[]) AS k(id) ON m.model_id = k.id
            GROUP BY m.model_id""")
        .params(joinedFrom, joinedTo, SqlValues.uuids(models))
        .query((rs, i) -> new ModelFigures(rs.getObject("model_id", UUID.class), rs.getLong("members"),
            rs.getLong("joined")))
        .list();
  }

  @Override
  public List<ProvinceTotals> provinceTotals() {
    return jdbc.sql("""
            SELECT p.province, p.persons, coalesce(m.members, 0) AS members, coalesce(m.memberships, 0) AS memberships
            FROM (SELECT province, count(*) AS persons FROM person GROUP BY province) p
            LEFT JOIN (SELECT province, count(DISTINCT person_id) AS members, count(*) AS memberships
                       FROM membership WHERE status = 'ACTIVE' GROUP BY province) m ON m.province = p.province
            ORDER BY p.province""")
        .query((rs, i) -> new ProvinceTotals(rs.getString("province"), rs.getLong("persons"), rs.getLong("members"),
            rs.getLong("memberships")))
        .list();
  }
}

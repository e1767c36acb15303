package vn.antq.campaigns.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.campaigns.domain.Audience;
import vn.antq.campaigns.domain.Channel;
import vn.antq.campaigns.domain.SummaryStore;
import vn.antq.campaigns.domain.Totals;

/**
 * Sums per district or province, one grouped query per table; row-level security keeps them to the
 * caller's province, or lets a national read see every province.
 */
@Repository
public class JdbcSummaryStore implements SummaryStore {

  private final JdbcClient jdbc;

  public JdbcSummaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Totals> totalsByDistrict(LocalDate from, LocalDate to) {
    return totalsBy("district", from, to);
  }

  @Override
  public Map<String, Totals> totalsByProvince(LocalDate from, LocalDate to) {
    return totalsBy("province", from, to);
  }

  @Override
  public Map<String, Integer> latestYears() {
    Map<String, Integer> years = new HashMap<>();
    jdbc.sql("""
            SELECT province, max(year) AS year FROM (
                SELECT province, max(extract(year FROM start_date))::int AS year FROM campaign GROUP BY province
                UNION ALL
                SELECT province, max(extract(year FROM period_start))::int FROM unit_result GROUP BY province) y
            GROUP BY province""")
        .query((RowCallbackHandler) rs -> years.put(rs.getString("province"), rs.getInt("year")));
    return years;
  }

  @Override
  public List<ModelQuarter> modelQuarters(Collection<UUID> models, LocalDate from, LocalDate to) {
    String[] ids = models.stream().map(UUID::toString).toArray(String[]::new);
    return jdbc.sql("""
            WITH asked AS (SELECT id FROM unnest(?::uuid[]) AS k(id)),
            launches AS (
                SELECT a.id AS model, date_trunc('quarter', c.start_date)::date AS quarter,
                       count(*) AS launches, sum(c.attendees) AS attendees
                FROM campaign c JOIN asked a ON c.models @> ARRAY[a.id]
                WHERE c.start_date BETWEEN ? AND ? GROUP BY 1, 2),
            results AS (
                SELECT r.model_id AS model, date_trunc('quarter', r.period_start)::date AS quarter,
                       sum(r.tips_received) AS tips, sum(r.disputes_mediated) AS mediations
                FROM unit_result r JOIN asked a ON r.model_id = a.id
                WHERE r.period_start >= ? AND r.period_end <= ?
                  AND date_trunc('quarter', r.period_start) = date_trunc('quarter', r.period_end)
                GROUP BY 1, 2)
            SELECT coalesce(l.model, r.model) AS model, coalesce(l.quarter, r.quarter) AS quarter,
                   coalesce(l.launches, 0) AS launches, coalesce(l.attendees, 0) AS attendees,
                   coalesce(r.tips, 0) AS tips, coalesce(r.mediations, 0) AS mediations
            FROM launches l FULL JOIN results r ON r.model = l.model AND r.quarter = l.quarter""")
        .params(ids, from, to, from, to)
        .query((rs, i) -> new ModelQuarter(rs.getObject("model", UUID.class), rs.getObject("quarter", LocalDate.class),
            rs.getLong("launches"), rs.getLong("attendees"), rs.getLong("tips"), rs.getLong("mediations")))
        .list();
  }

  /** {@code key} is a column name of every table summed (district or province), never input. */
  private Map<String, Totals> totalsBy(String key, LocalDate from, LocalDate to) {
    Map<String, Totals> districts = new HashMap<>();
    jdbc.sql("""
            SELECT %1$s AS key, count(*) AS launches, sum(attendees) AS attendees, sum(leaflets) AS leaflets,
                   sum(rounds_mass_media) AS mass_media, sum(rounds_social_network) AS social_network,
                   sum(rounds_mobile_loudspeaker) AS mobile_loudspeaker
            FROM campaign WHERE start_date BETWEEN ? AND ? GROUP BY %1$s""".formatted(key))
        .params(from, to).query((RowCallbackHandler) rs -> {
          Map<Channel, Long> rounds = new EnumMap<>(Channel.class);
          rounds.put(Channel.MASS_MEDIA, rs.getLong("mass_media"));
          rounds.put(Channel.SOCIAL_NETWORK, rs.getLong("social_network"));
          rounds.put(Channel.MOBILE_LOUDSPEAKER, rs.getLong("mobile_loudspeaker"));
          of(districts, rs.getString("key")).addCampaigns(rs.getInt("launches"), rs.getLong("attendees"),
              rs.getLong("leaflets"), rounds);
        });
    jdbc.sql("""
            SELECT f.%1$s AS key, count(*) AS forums, sum(f.attendees) AS attendees, coalesce(sum(o.opinions), 0) AS opinions
            FROM forum f
            LEFT JOIN (SELECT province, forum_id, count(*) AS opinions FROM forum_opinion GROUP BY province, forum_id) o
                   ON o.province = f.province AND o.forum_id = f.id
            WHERE f.held_on BETWEEN ? AND ? GROUP BY f.%1$s""".formatted(key))
        .params(from, to).query((RowCallbackHandler) rs -> of(districts, rs.getString("key"))
            .addForums(rs.getInt("forums"), rs.getLong("attendees"), rs.getInt("opinions")));
    jdbc.sql("SELECT %1$s AS key, count(*) AS patrols FROM patrol WHERE patrolled_on BETWEEN ? AND ? GROUP BY %1$s"
            .formatted(key))
        .params(from, to).query((RowCallbackHandler) rs -> of(districts, rs.getString("key")).addPatrols(rs.getInt("patrols")));
    jdbc.sql("""
            SELECT %1$s AS key, audience, count(*) AS classes, sum(trainees) AS trainees
            FROM training_class WHERE start_date BETWEEN ? AND ? GROUP BY %1$s, audience""".formatted(key))
        .params(from, to).query((RowCallbackHandler) rs -> of(districts, rs.getString("key"))
            .addTraining(Audience.valueOf(rs.getString("audience")), rs.getInt("classes"), rs.getLong("trainees")));
    jdbc.sql("""
            SELECT %1$s AS key, sum(tips_received) AS tips, sum(tips_from_dignitaries) AS dignitaries,
                   sum(weapons_surrendered) AS weapons, sum(explosives_surrendered) AS explosives,
                   sum(support_tools_surrendered) AS support_tools, sum(fireworks_surrendered) AS fireworks,
                   sum(disputes_mediated) AS disputes
            FROM unit_result WHERE period_start >= ? AND period_end <= ? GROUP BY %1$s""".formatted(key))
        .params(from, to).query((RowCallbackHandler) rs -> of(districts, rs.getString("key")).addResults(rs.getLong("tips"),
            rs.getLong("dignitaries"), rs.getLong("weapons"), rs.getLong("explosives"), rs.getLong("support_tools"),
            rs.getLong("fireworks"), rs.getLong("disputes")));
    return districts;
  }

  private static Totals of(Map<String, Totals> districts, String district) {
    return districts.computeIfAbsent(district, name -> new Totals());
  }
}

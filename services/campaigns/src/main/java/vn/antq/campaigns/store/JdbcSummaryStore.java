package vn.antq.campaigns.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.campaigns.domain.Audience;
import vn.antq.campaigns.domain.Channel;
import vn.antq.campaigns.domain.SummaryStore;
import vn.antq.campaigns.domain.Totals;

/** Sums per district, one grouped query per table; row-level security keeps them to the caller's province. */
@Repository
public class JdbcSummaryStore implements SummaryStore {

  private final JdbcClient jdbc;

  public JdbcSummaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Totals> totalsByDistrict(LocalDate from, LocalDate to) {
    Map<String, Totals> districts = new HashMap<>();
    jdbc.sql("""
            SELECT district, count(*) AS launches, sum(attendees) AS attendees, sum(leaflets) AS leaflets,
                   sum(rounds_mass_media) AS mass_media, sum(rounds_social_network) AS social_network,
                   sum(rounds_mobile_loudspeaker) AS mobile_loudspeaker
            FROM campaign WHERE start_date BETWEEN ? AND ? GROUP BY district""")
        .params(from, to).query((RowCallbackHandler) rs -> {
          Map<Channel, Long> rounds = new EnumMap<>(Channel.class);
          rounds.put(Channel.MASS_MEDIA, rs.getLong("mass_media"));
          rounds.put(Channel.SOCIAL_NETWORK, rs.getLong("social_network"));
          rounds.put(Channel.MOBILE_LOUDSPEAKER, rs.getLong("mobile_loudspeaker"));
          of(districts, rs.getString("district")).addCampaigns(rs.getInt("launches"), rs.getLong("attendees"),
              rs.getLong("leaflets"), rounds);
        });
    jdbc.sql("""
            SELECT f.district, count(*) AS forums, sum(f.attendees) AS attendees, coalesce(sum(o.opinions), 0) AS opinions
            FROM forum f
            LEFT JOIN (SELECT province, forum_id, count(*) AS opinions FROM forum_opinion GROUP BY province, forum_id) o
                   ON o.province = f.province AND o.forum_id = f.id
            WHERE f.held_on BETWEEN ? AND ? GROUP BY f.district""")
        .params(from, to).query((RowCallbackHandler) rs -> of(districts, rs.getString("district"))
            .addForums(rs.getInt("forums"), rs.getLong("attendees"), rs.getInt("opinions")));
    jdbc.sql("SELECT district, count(*) AS patrols FROM patrol WHERE patrolled_on BETWEEN ? AND ? GROUP BY district")
        .params(from, to).query((RowCallbackHandler) rs -> of(districts, rs.getString("district")).addPatrols(rs.getInt("patrols")));
    jdbc.sql("""
            SELECT district, audience, count(*) AS classes, sum(trainees) AS trainees
            FROM training_class WHERE start_date BETWEEN ? AND ? GROUP BY district, audience""")
        .params(from, to).query((RowCallbackHandler) rs -> of(districts, rs.getString("district"))
            .addTraining(Audience.valueOf(rs.getString("audience")), rs.getInt("classes"), rs.getLong("trainees")));
    jdbc.sql("""
            SELECT district, sum(tips_received) AS tips, sum(tips_from_dignitaries) AS dignitaries,
                   sum(weapons_surrendered) AS weapons, sum(explosives_surrendered) AS explosives,
                   sum(support_tools_surrendered) AS support_tools, sum(fireworks_surrendered) AS fireworks,
                   sum(disputes_mediated) AS disputes
            FROM unit_result WHERE period_start >= ? AND period_end <= ? GROUP BY district""")
        .params(from, to).query((RowCallbackHandler) rs -> of(districts, rs.getString("district")).addResults(rs.getLong("tips"),
            rs.getLong("dignitaries"), rs.getLong("weapons"), rs.getLong("explosives"), rs.getLong("support_tools"),
            rs.getLong("fireworks"), rs.getLong("disputes")));
    return districts;
  }

  private static Totals of(Map<String, Totals> districts, String district) {
    return districts.computeIfAbsent(district, name -> new Totals());
  }
}

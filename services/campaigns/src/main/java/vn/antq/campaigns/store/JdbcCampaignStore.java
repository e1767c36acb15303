package vn.antq.campaigns.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.antq.campaigns.domain.ActivityCursor;
import vn.antq.campaigns.domain.ActivityFilter;
import vn.antq.campaigns.domain.Campaign;
import vn.antq.campaigns.domain.CampaignDraft;
import vn.antq.campaigns.domain.CampaignStore;
import vn.antq.campaigns.domain.Channel;
import vn.antq.campaigns.domain.Level;
import vn.antq.campaigns.domain.Page;
import vn.antq.campaigns.domain.Rounds;

/** SQL for launches. No query filters by province: row-level security does, on every statement. */
@Repository
public class JdbcCampaignStore implements CampaignStore {

  private static final DatedListing LISTING = new DatedListing("campaign", "start_date");
  private static final RowMapper<Campaign> CAMPAIGN = (rs, i) -> new Campaign(rs.getObject("id", UUID.class),
      new CampaignDraft(rs.getString("title"), Level.valueOf(rs.getString("level")), Rows.place(rs),
          Rows.date(rs, "start_date"), Rows.date(rs, "end_date"), rs.getString("organizer"),
          Rows.array(rs, "models"), rs.getInt("attendees"), Rows.array(rs, "attending_members"),
          rs.getInt("leaflets"), List.of(
              new Rounds(Channel.MASS_MEDIA, rs.getInt("rounds_mass_media")),
              new Rounds(Channel.SOCIAL_NETWORK, rs.getInt("rounds_social_network")),
              new Rounds(Channel.MOBILE_LOUDSPEAKER, rs.getInt("rounds_mobile_loudspeaker")))),
      Rows.instant(rs, "create_time"), Rows.instant(rs, "update_time"));

  private final JdbcClient jdbc;

  public JdbcCampaignStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Campaign> find(UUID id) {
    return jdbc.sql("SELECT * FROM campaign WHERE id = ?").param(id).query(CAMPAIGN).optional();
  }

  @Override
  public Optional<UUID> findIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM campaign WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public void insert(UUID id, String province, CampaignDraft campaign, String requestId) {
    jdbc.sql("""
            INSERT INTO campaign (province, id, title, level, district, commune, venue, start_date, end_date,
                                  organizer, models, attendees, attending_members, leaflets, rounds_mass_media,
                                  rounds_social_network, rounds_mobile_loudspeaker, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(province, id, campaign.title(), campaign.level().name(), campaign.place().district(),
            campaign.place().commune(), campaign.place().venue(), campaign.startDate(), campaign.endDate(),
            campaign.organizer(), models(campaign), campaign.attendees(), members(campaign), campaign.leaflets(),
            campaign.roundsOn(Channel.MASS_MEDIA), campaign.roundsOn(Channel.SOCIAL_NETWORK),
            campaign.roundsOn(Channel.MOBILE_LOUDSPEAKER), requestId)
        .update();
  }

  @Override
  public void update(UUID id, CampaignDraft campaign) {
    jdbc.sql("""
            UPDATE campaign SET title = ?, level = ?, district = ?, commune = ?, venue = ?, start_date = ?,
                                end_date = ?, organizer = ?, models = ?, attendees = ?, attending_members = ?,
                                leaflets = ?, rounds_mass_media = ?, rounds_social_network = ?,
                                rounds_mobile_loudspeaker = ?, update_time = now()
            WHERE id = ?""")
        .params(campaign.title(), campaign.level().name(), campaign.place().district(), campaign.place().commune(),
            campaign.place().venue(), campaign.startDate(), campaign.endDate(), campaign.organizer(),
            models(campaign), campaign.attendees(), members(campaign), campaign.leaflets(),
            campaign.roundsOn(Channel.MASS_MEDIA), campaign.roundsOn(Channel.SOCIAL_NETWORK),
            campaign.roundsOn(Channel.MOBILE_LOUDSPEAKER), id)
        .update();
  }

  @Override
  public Page<Campaign> list(ActivityFilter filter, int pageSize, ActivityCursor after) {
    return LISTING.page(jdbc, CAMPAIGN, filter, pageSize, after,
        campaign -> new ActivityCursor(campaign.details().startDate(), campaign.id()));
  }

  private static SqlArrayValue models(CampaignDraft campaign) {
    return new SqlArrayValue("uuid", campaign.models().toArray());
  }

  private static SqlArrayValue members(CampaignDraft campaign) {
    return new SqlArrayValue("text", campaign.attendingMembers().toArray());
  }
}

package vn.antq.welfare.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Page;
import vn.antq.persistence.Rows;
import vn.antq.welfare.domain.Contribution;
import vn.antq.welfare.domain.ContributionDraft;
import vn.antq.welfare.domain.ContributionForm;
import vn.antq.welfare.domain.ContributionLinks;
import vn.antq.welfare.domain.Links;
import vn.antq.welfare.domain.Sponsor;
import vn.antq.welfare.domain.SponsorDraft;
import vn.antq.welfare.domain.SponsorStore;
import vn.antq.welfare.domain.SponsorType;

/** SQL for sponsors and contributions. Row-level security confines every statement to the province. */
@Repository
public class JdbcSponsorStore implements SponsorStore {

  private static final RowMapper<Sponsor> SPONSOR = (rs, i) -> new Sponsor(Rows.uuid(rs, "id"), rs.getString("province"),
      SponsorType.valueOf(rs.getString("sponsor_type")), rs.getString("display_name"), rs.getString("description"),
      Rows.instant(rs, "create_time"));
  private static final RowMapper<Contribution> CONTRIBUTION = (rs, i) -> {
    String province = rs.getString("province");
    return new Contribution(Rows.uuid(rs, "id"), province, Rows.uuid(rs, "sponsor_id"),
        new ContributionDraft(ContributionForm.valueOf(rs.getString("form")), rs.getLong("value_vnd"),
            rs.getString("description"), Rows.date(rs, "contribution_date"),
            Links.item(province, Rows.uuid(rs, "item_id")), Links.campaign(province, rs.getString("campaign_id"))),
        Rows.instant(rs, "create_time"));
  };

  private final JdbcClient jdbc;

  public JdbcSponsorStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Sponsor> find(UUID id) {
    return jdbc.sql("SELECT * FROM sponsor WHERE id = ?").param(id).query(SPONSOR).optional();
  }

  @Override
  public Optional<EarlierRequest> findByRequest(String requestId) {
    return jdbc.sql("SELECT id, request_hash FROM sponsor WHERE request_id = ?").param(requestId)
        .query((rs, i) -> new EarlierRequest(Rows.uuid(rs, "id"), rs.getString("request_hash"))).optional();
  }

  @Override
  public boolean insert(UUID id, String province, SponsorDraft sponsor, String requestId, String fingerprint) {
    return jdbc.sql("""
            INSERT INTO sponsor (province, id, sponsor_type, display_name, description, request_id, request_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (province, request_id) WHERE request_id IS NOT NULL DO NOTHING""")
        .params(province, id, sponsor.type().name(), sponsor.displayName(), sponsor.description(), requestId,
            fingerprint)
        .update() == 1;
  }

  @Override
  public Page<Sponsor> list(int pageSize, UUID after) {
    int total = jdbc.sql("SELECT count(*) FROM sponsor").query(Integer.class).single();
    List<Sponsor> rows = jdbc.sql("SELECT * FROM sponsor WHERE (?::uuid IS NULL OR id > ?) ORDER BY id LIMIT ?")
        .params(after, after, pageSize + 1).query(SPONSOR).list();
    return Rows.page(rows, pageSize, total, Sponsor::id);
  }

  @Override
  public Optional<Contribution> findContribution(UUID sponsorId, UUID id) {
    return jdbc.sql("SELECT * FROM contribution WHERE sponsor_id = ? AND id = ?").params(sponsorId, id)
        .query(CONTRIBUTION).optional();
  }

  @Override
  public Optional<EarlierRequest> findContributionByRequest(String requestId) {
    return jdbc.sql("SELECT id, request_hash FROM contribution WHERE request_id = ?").param(requestId)
        .query((rs, i) -> new EarlierRequest(Rows.uuid(rs, "id"), rs.getString("request_hash"))).optional();
  }

  @Override
  public boolean insertContribution(UUID id, String province, UUID sponsorId, ContributionDraft c,
                                    ContributionLinks links, String requestId, String fingerprint) {
    return jdbc.sql("""
            INSERT INTO contribution (province, id, sponsor_id, form, value_vnd, description, contribution_date,
                                      item_id, campaign_id, request_id, request_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (province, request_id) WHERE request_id IS NOT NULL DO NOTHING""")
        .params(province, id, sponsorId, c.form().name(), c.value(), c.description(), c.date(), links.itemId(),
            links.campaignId(), requestId, fingerprint)
        .update() == 1;
  }

  @Override
  public Page<Contribution> listContributions(UUID sponsorId, int pageSize, UUID after) {
    int total = jdbc.sql("SELECT count(*) FROM contribution WHERE sponsor_id = ?").param(sponsorId)
        .query(Integer.class).single();
    List<Contribution> rows = jdbc.sql("""
            SELECT * FROM contribution WHERE sponsor_id = ? AND (?::uuid IS NULL OR id > ?) ORDER BY id LIMIT ?""")
        .params(sponsorId, after, after, pageSize + 1).query(CONTRIBUTION).list();
    return Rows.page(rows, pageSize, total, Contribution::id);
  }
}

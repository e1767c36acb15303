package vn.antq.campaigns.store;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.antq.campaigns.domain.ActivityCursor;
import vn.antq.campaigns.domain.ActivityFilter;
import vn.antq.campaigns.domain.Page;
import vn.antq.campaigns.domain.PartnerForce;
import vn.antq.campaigns.domain.Patrol;
import vn.antq.campaigns.domain.PatrolDraft;
import vn.antq.campaigns.domain.PatrolPurpose;
import vn.antq.campaigns.domain.PatrolStore;

/** SQL for patrols. Row-level security confines every statement to the caller's province. */
@Repository
public class JdbcPatrolStore implements PatrolStore {

  private static final DatedListing LISTING = new DatedListing("patrol", "patrolled_on");
  private static final RowMapper<Patrol> PATROL = (rs, i) -> new Patrol(rs.getObject("id", UUID.class),
      new PatrolDraft(Rows.date(rs, "patrolled_on"), Rows.place(rs),
          Rows.<String>array(rs, "partners").stream().map(PartnerForce::valueOf).toList(),
          PatrolPurpose.valueOf(rs.getString("purpose"))),
      Rows.instant(rs, "create_time"));

  private final JdbcClient jdbc;

  public JdbcPatrolStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Patrol> find(UUID id) {
    return jdbc.sql("SELECT * FROM patrol WHERE id = ?").param(id).query(PATROL).optional();
  }

  @Override
  public Optional<UUID> findIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM patrol WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public void insert(UUID id, String province, PatrolDraft patrol, String requestId) {
    jdbc.sql("""
            INSERT INTO patrol (province, id, patrolled_on, district, commune, venue, partners, purpose, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(province, id, patrol.date(), patrol.area().district(), patrol.area().commune(),
            patrol.area().venue(), new SqlArrayValue("text", patrol.partners().stream().map(Enum::name).toArray()),
            patrol.purpose().name(), requestId)
        .update();
  }

  @Override
  public Page<Patrol> list(ActivityFilter filter, int pageSize, ActivityCursor after) {
    return LISTING.page(jdbc, PATROL, filter, pageSize, after,
        patrol -> new ActivityCursor(patrol.details().date(), patrol.id()));
  }
}

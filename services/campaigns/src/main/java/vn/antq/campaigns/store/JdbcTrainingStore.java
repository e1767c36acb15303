package vn.antq.campaigns.store;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.campaigns.domain.ActivityCursor;
import vn.antq.campaigns.domain.ActivityFilter;
import vn.antq.campaigns.domain.Audience;
import vn.antq.campaigns.domain.Page;
import vn.antq.campaigns.domain.TrainingClass;
import vn.antq.campaigns.domain.TrainingDraft;
import vn.antq.campaigns.domain.TrainingStore;

/** SQL for training classes. Row-level security confines every statement to the caller's province. */
@Repository
public class JdbcTrainingStore implements TrainingStore {

  private static final DatedListing LISTING = new DatedListing("training_class", "start_date");
  private static final RowMapper<TrainingClass> TRAINING = (rs, i) -> new TrainingClass(rs.getObject("id", UUID.class),
      new TrainingDraft(rs.getString("title"), Audience.valueOf(rs.getString("audience")), Rows.place(rs),
          Rows.date(rs, "start_date"), rs.getInt("trainees")),
      Rows.instant(rs, "create_time"));

  private final JdbcClient jdbc;

  public JdbcTrainingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<TrainingClass> find(UUID id) {
    return jdbc.sql("SELECT * FROM training_class WHERE id = ?").param(id).query(TRAINING).optional();
  }

  @Override
  public Optional<UUID> findIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM training_class WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public void insert(UUID id, String province, TrainingDraft training, String requestId) {
    jdbc.sql("""
            INSERT INTO training_class (province, id, title, audience, district, commune, venue, start_date, trainees,
                                        request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(province, id, training.title(), training.audience().name(), training.place().district(),
            training.place().commune(), training.place().venue(), training.startDate(), training.trainees(), requestId)
        .update();
  }

  @Override
  public Page<TrainingClass> list(ActivityFilter filter, int pageSize, ActivityCursor after) {
    return LISTING.page(jdbc, TRAINING, filter, pageSize, after,
        training -> new ActivityCursor(training.details().startDate(), training.id()));
  }
}

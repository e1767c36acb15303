package vn.antq.registry.store;

import java.sql.Timestamp;
import static vn.antq.registry.store.JdbcRegistryStore.instant;
import static vn.antq.registry.store.JdbcRegistryStore.page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import vn.antq.registry.domain.Gap;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.review.Flag;
import vn.antq.registry.domain.review.Indicators;
import vn.antq.registry.domain.review.Review;
import vn.antq.registry.domain.review.ReviewStore;

/** SQL for recorded reviews; row-level security scopes every statement to the transaction's province. */
@Repository
public class JdbcReviewStore implements ReviewStore {

  private static final TypeReference<List<Flag>> FLAGS = new TypeReference<>() {};
  private static final TypeReference<List<Gap>> GAPS = new TypeReference<>() {};

  private static final RowMapper<Review> REVIEW = (rs, i) -> new Review(rs.getString("province"),
      rs.getObject("model_id", UUID.class), rs.getString("model_display_name"),
      ModelStatus.valueOf(rs.getString("model_status")), Period.parse("period", rs.getString("period")),
      new Indicators(rs.getInt("replication_points"), rs.getInt("groups"), rs.getLong("members"),
          nullableLong(rs, "activities"), nullableLong(rs, "tips"), nullableLong(rs, "mediations"),
          rs.getObject("awards", Integer.class)),
      StoredJson.read(rs.getString("flags"), FLAGS), StoredJson.read(rs.getString("gaps"), GAPS),
      rs.getString("reviewer"), instant(rs, "review_time"));

  private final JdbcClient jdbc;

  public JdbcReviewStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<UUID> reviewableModels() {
    return jdbc.sql("SELECT id FROM model WHERE status IN ('ACTIVE', 'UNDER_REVIEW') ORDER BY code")
        .query(UUID.class).list();
  }

  @Override
  public Optional<Review> find(UUID modelId, Period period) {
    return jdbc.sql("SELECT * FROM model_review WHERE model_id = ? AND period = ?")
        .params(modelId, period.toString()).query(REVIEW).optional();
  }

  @Override
  public List<Review> history(UUID modelId) {
    return jdbc.sql("SELECT * FROM model_review WHERE model_id = ? ORDER BY period DESC")
        .param(modelId).query(REVIEW).list();
  }

  @Override
  public void insert(Review review) {
    Indicators indicators = review.indicators();
    jdbc.sql("""
            INSERT INTO model_review (province, model_id, period, model_display_name, model_status,
                                      replication_points, groups, members, activities, tips, mediations, awards,
                                      flags, gaps, flagged, reviewer, review_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)""")
        .params(review.province(), review.modelId(), review.period().toString(), review.modelDisplayName(),
            review.modelStatus().name(), indicators.replicationPoints(), indicators.groups(), indicators.members(),
            indicators.activities(), indicators.tips(), indicators.mediations(), indicators.awards(),
            StoredJson.write(review.flags()), StoredJson.write(review.gaps()), !review.flags().isEmpty(),
            review.reviewer(), Timestamp.from(review.reviewTime()))
        .update();
  }

  @Override
  public Page<Review> listForPeriod(Period period, boolean flaggedOnly, int pageSize, String cursor) {
    StringBuilder sql = new StringBuilder("SELECT * FROM model_review WHERE period = ?");
    List<Object> params = new ArrayList<>(List.of(period.toString()));
    if (flaggedOnly) {
      sql.append(" AND flagged");
    }
    if (cursor != null) {
      String[] last = cursor.split(" ", 2);
      sql.append(" AND (province, model_id) > (?, ?::uuid)");
      params.add(last[0]);
      params.add(last[1]);
    }
    sql.append(" ORDER BY province, model_id LIMIT ?");
    params.add(pageSize + 1);
    List<Review> rows = jdbc.sql(sql.toString()).params(params).query(REVIEW).list();
    return page(rows, pageSize, 0, review -> review.province() + " " + review.modelId());
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, Long.class);
  }
}

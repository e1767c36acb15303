package vn.antq.registry.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.VietnameseText;
import vn.antq.registry.domain.Decision;
import vn.antq.registry.domain.Group;
import vn.antq.registry.domain.MemberCount;
import vn.antq.registry.domain.Lineage;
import vn.antq.registry.domain.Model;
import vn.antq.registry.domain.ModelDraft;
import vn.antq.registry.domain.ModelFilter;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.ModelWarning;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.ProvinceCounts;
import vn.antq.registry.domain.RegistryStore;
import vn.antq.registry.domain.ReplicationPoint;
import vn.antq.registry.domain.Retirement;
import vn.antq.registry.domain.Sector;

/** SQL for the registry. No query filters by province: row-level security does, on every statement. */
@Repository
public class JdbcRegistryStore implements RegistryStore {

  private static final String MODEL_COLUMNS = """
      m.id, m.province, m.code, m.display_name, m.sector, m.description, m.status, m.established_date,
      m.create_time, m.update_time,
      (SELECT count(*) FROM replication_point p WHERE p.province = m.province AND p.model_id = m.id) AS points,
      (SELECT count(*) FROM member_group g WHERE g.province = m.province AND g.model_id = m.id) AS groups,
      (SELECT coalesce(sum(g.member_count), 0) FROM member_group g
        WHERE g.province = m.province AND g.model_id = m.id) AS members,
      m.template_id, m.template_version, m.adopt_time, m.version_time, t.origin_province,
      t.current_version AS latest_version, t.status AS template_status,
      m.warning_reason, m.warn_time, m.retire_decision_number, m.retire_decision_date, m.retire_reason, m.retire_time
      """;
  /** Templates are national rows every transaction may read: the join adds the lineage's latest version. */
  private static final String MODEL_FROM = " FROM model m LEFT JOIN national_template t ON t.id = m.template_id";
  private static final String POINT_COLUMNS = """
      p.id, p.model_id, p.display_name, p.commune, p.district, p.established_date, p.create_time,
      (SELECT count(*) FROM member_group g WHERE g.province = p.province AND g.point_id = p.id) AS groups,
      (SELECT coalesce(sum(g.member_count), 0) FROM member_group g
        WHERE g.province = p.province AND g.point_id = p.id) AS members
      """;

  private static final RowMapper<Model> MODEL = (rs, i) -> new Model(
      rs.getObject("id", UUID.class), rs.getString("province"), rs.getString("code"), rs.getString("display_name"),
      Sector.valueOf(rs.getString("sector")), rs.getString("description"), ModelStatus.valueOf(rs.getString("status")),
      rs.getObject("established_date", LocalDate.class), rs.getInt("points"), rs.getInt("groups"),
      rs.getLong("members"), instant(rs, "create_time"), instant(rs, "update_time"), lineage(rs), warning(rs),
      retirement(rs));
  private static final RowMapper<ReplicationPoint> POINT = (rs, i) -> new ReplicationPoint(
      rs.getObject("id", UUID.class), rs.getObject("model_id", UUID.class), rs.getString("display_name"),
      rs.getString("commune"), rs.getString("district"), rs.getObject("established_date", LocalDate.class),
      rs.getInt("groups"), rs.getLong("members"), instant(rs, "create_time"));
  private static final String GROUP_SELECT = """
      SELECT g.*, m.code AS model_code FROM member_group g
      JOIN model m ON m.province = g.province AND m.id = g.model_id""";
  private static final RowMapper<Group> GROUP = (rs, i) -> new Group(
      rs.getObject("id", UUID.class), rs.getObject("model_id", UUID.class), rs.getString("model_code"),
      rs.getObject("point_id", UUID.class), rs.getString("display_name"), rs.getString("leader_name"),
      rs.getInt("member_count"), instant(rs, "create_time"));
  private static final RowMapper<MemberCount> MEMBER_COUNT = (rs, i) -> new MemberCount(
      rs.getObject("id", UUID.class), rs.getLong("member_count"), rs.getLong("member_count_version"));
  private static final RowMapper<ProvinceCounts> COUNTS = (rs, i) -> new ProvinceCounts(
      rs.getString("province"), rs.getInt("models"), rs.getInt("active_models"), rs.getInt("points"),
      rs.getInt("groups"), rs.getLong("members"));

  private final JdbcClient jdbc;

  public JdbcRegistryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Model> findModel(UUID id) {
    return jdbc.sql("SELECT " + MODEL_COLUMNS + MODEL_FROM + " WHERE m.id = ?").param(id).query(MODEL).optional();
  }

  @Override
  public Optional<Model> findModelByCode(String code) {
    return jdbc.sql("SELECT " + MODEL_COLUMNS + MODEL_FROM + " WHERE m.code = ?").param(code).query(MODEL).optional();
  }

  @Override
  public Optional<UUID> findModelIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM model WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public void insertModel(UUID id, String province, ModelDraft draft, String requestId) {
    jdbc.sql("""
            INSERT INTO model (province, id, code, display_name, name_folded, sector, description, status,
                               established_date, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(province, id, draft.code(), draft.displayName(), folded(draft.code(), draft.displayName()),
            draft.sector().name(), draft.description(), draft.status().name(), draft.establishedDate(), requestId)
        .update();
  }

  @Override
  public void updateModel(UUID id, ModelDraft draft) {
    // Leaving UNDER_REVIEW lifts the warning.
    jdbc.sql("""
            UPDATE model SET display_name = ?, name_folded = ?, sector = ?, description = ?, status = ?,
                             established_date = ?, update_time = now(),
                             warning_reason = CASE WHEN ? = 'UNDER_REVIEW' THEN warning_reason END,
                             warn_time = CASE WHEN ? = 'UNDER_REVIEW' THEN warn_time END
            WHERE id = ?""")
        .params(draft.displayName(), folded(draft.code(), draft.displayName()), draft.sector().name(),
            draft.description(), draft.status().name(), draft.establishedDate(), draft.status().name(),
            draft.status().name(), id)
        .update();
  }

  @Override
  public void warn(UUID id, String reason) {
    jdbc.sql("""
            UPDATE model SET status = 'UNDER_REVIEW', warning_reason = ?, warn_time = now(), update_time = now()
            WHERE id = ?""")
        .params(reason, id).update();
  }

  @Override
  public void retire(UUID id, Decision decision, String reason) {
    jdbc.sql("""
            UPDATE model SET status = 'RETIRED', retire_decision_number = ?, retire_decision_date = ?,
                             retire_reason = ?, retire_time = now(), update_time = now()
            WHERE id = ?""")
        .params(decision.number(), decision.date(), reason, id).update();
  }

  @Override
  public Page<Model> listModels(ModelFilter filter, int pageSize, String afterCode) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new java.util.ArrayList<>();
    if (filter.status() != null) {
      where.append(" AND m.status = ?");
      params.add(filter.status().name());
    }
    if (filter.sector() != null) {
      where.append(" AND m.sector = ?");
      params.add(filter.sector().name());
    }
    if (filter.foldedText() != null && !filter.foldedText().isBlank()) {
      where.append(" AND m.name_folded LIKE ? ESCAPE '\\'");
      params.add("%" + likeEscape(filter.foldedText()) + "%");
    }
    int total = jdbc.sql("SELECT count(*) FROM model m" + where).params(params).query(Integer.class).single();
    if (afterCode != null) {
      where.append(" AND m.code > ?");
      params.add(afterCode);
    }
    params.add(pageSize + 1);
    List<Model> rows = jdbc.sql("SELECT " + MODEL_COLUMNS + MODEL_FROM + where + " ORDER BY m.code LIMIT ?")
        .params(params).query(MODEL).list();
    return page(rows, pageSize, total, Model::code);
  }

  @Override
  public Optional<ReplicationPoint> findPoint(UUID modelId, UUID pointId) {
    return jdbc.sql("SELECT " + POINT_COLUMNS + " FROM replication_point p WHERE p.model_id = ? AND p.id = ?")
        .params(modelId, pointId).query(POINT).optional();
  }

  @Override
  public Optional<UUID> findPointIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM replication_point WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public void insertPoint(UUID id, String province, UUID modelId, String displayName, String commune,
                          String district, LocalDate establishedDate, String requestId) {
    jdbc.sql("""
            INSERT INTO replication_point (province, id, model_id, display_name, commune, district,
                                           established_date, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(province, id, modelId, displayName, commune, district, establishedDate, requestId)
        .update();
  }

  @Override
  public Page<ReplicationPoint> listPoints(UUID modelId, int pageSize, String afterId) {
    int total = jdbc.sql("SELECT count(*) FROM replication_point WHERE model_id = ?").param(modelId)
        .query(Integer.class).single();
    List<ReplicationPoint> rows = jdbc.sql("SELECT " + POINT_COLUMNS + """
             FROM replication_point p WHERE p.model_id = ? AND (?::uuid IS NULL OR p.id > ?::uuid)
            ORDER BY p.id LIMIT ?""")
        .params(modelId, afterId, afterId, pageSize + 1).query(POINT).list();
    return page(rows, pageSize, total, point -> point.id().toString());
  }

  @Override
  public Optional<Group> findGroup(UUID modelId, UUID pointId, UUID groupId) {
    return jdbc.sql(GROUP_SELECT + " WHERE g.model_id = ? AND g.point_id = ? AND g.id = ?")
        .params(modelId, pointId, groupId).query(GROUP).optional();
  }

  @Override
  public Optional<UUID> findGroupIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM member_group WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public boolean pointExistsElsewhere(UUID pointId) {
    return jdbc.sql("SELECT count(*) FROM replication_point WHERE id = ?").param(pointId).query(Integer.class).single() > 0;
  }

  @Override
  public void insertGroup(UUID id, String province, UUID modelId, UUID pointId, String displayName,
                          String leaderName, String requestId) {
    jdbc.sql("""
            INSERT INTO member_group (province, id, model_id, point_id, display_name, leader_name, member_count,
                                      request_id)
            VALUES (?, ?, ?, ?, ?, ?, 0, ?)""")
        .params(province, id, modelId, pointId, displayName, leaderName, requestId)
        .update();
  }

  @Override
  public Page<Group> listGroups(UUID modelId, UUID pointId, int pageSize, String afterId) {
    int total = jdbc.sql("SELECT count(*) FROM member_group WHERE model_id = ? AND point_id = ?")
        .params(modelId, pointId).query(Integer.class).single();
    List<Group> rows = jdbc.sql(GROUP_SELECT + """
             WHERE g.model_id = ? AND g.point_id = ? AND (?::uuid IS NULL OR g.id > ?::uuid)
            ORDER BY g.id LIMIT ?""")
        .params(modelId, pointId, afterId, afterId, pageSize + 1).query(GROUP).list();
    return page(rows, pageSize, total, group -> group.id().toString());
  }

  @Override
  public List<Group> findGroups(List<UUID> ids) {
    return jdbc.sql(GROUP_SELECT + " JOIN unnest(?::uuid[]) AS wanted(id) ON g.id = wanted.id")
        .param(uuidArray(ids)).query(GROUP).list();
  }

  @Override
  public List<UUID> allGroupIds() {
    return jdbc.sql("SELECT id FROM member_group ORDER BY id").query(UUID.class).list();
  }

  @Override
  public void keepMemberCounts(List<MemberCount> counts) {
    jdbc.sql("""
            UPDATE member_group g SET member_count = c.members, member_count_version = c.version
            FROM unnest(?::uuid[], ?::bigint[], ?::bigint[]) AS c(id, members, version)
            WHERE g.id = c.id AND g.member_count_version <= c.version""")
        .params(uuidArray(counts.stream().map(MemberCount::groupId).toList()),
            counts.stream().map(MemberCount::members).toArray(Long[]::new),
            counts.stream().map(MemberCount::version).toArray(Long[]::new))
        .update();
  }

  @Override
  public List<MemberCount> memberCounts(List<UUID> groupIds) {
    return jdbc.sql("""
            SELECT g.id, g.member_count, g.member_count_version FROM member_group g
            JOIN unnest(?::uuid[]) AS wanted(id) ON g.id = wanted.id""")
        .param(uuidArray(groupIds)).query(MEMBER_COUNT).list();
  }

  @Override
  public ProvinceCounts counts(String province) {
    return jdbc.sql(COUNTS_SQL + " WHERE p.province = ?").param(province).query(COUNTS).optional()
        .orElse(new ProvinceCounts(province, 0, 0, 0, 0, 0));
  }

  /** One grouped pass over each table: per-province subqueries would walk the same index once per province. */
  @Override
  public List<ProvinceCounts> countsPerProvince() {
    return jdbc.sql("""
            WITH m AS (SELECT province, count(*) AS models, count(*) FILTER (WHERE status = 'ACTIVE') AS active_models
                       FROM model GROUP BY province),
                 r AS (SELECT province, count(*) AS points FROM replication_point GROUP BY province),
                 g AS (SELECT province, count(*) AS groups, sum(member_count) AS members
                       FROM member_group GROUP BY province)
            SELECT m.province, m.models, m.active_models, coalesce(r.points, 0) AS points,
                   coalesce(g.groups, 0) AS groups, coalesce(g.members, 0) AS members
            FROM m LEFT JOIN r USING (province) LEFT JOIN g USING (province)
            ORDER BY m.province""")
        .query(COUNTS).list();
  }

  private static final String COUNTS_SQL = """
      SELECT p.province,
             (SELECT count(*) FROM model m WHERE m.province = p.province) AS models,
             (SELECT count(*) FROM model m WHERE m.province = p.province AND m.status = 'ACTIVE') AS active_models,
             (SELECT count(*) FROM replication_point r WHERE r.province = p.province) AS points,
             (SELECT count(*) FROM member_group g WHERE g.province = p.province) AS groups,
             (SELECT coalesce(sum(g.member_count), 0) FROM member_group g WHERE g.province = p.province) AS members
      FROM (SELECT DISTINCT province FROM model) p""";

  static <T> Page<T> page(List<T> rows, int pageSize, int total, java.util.function.Function<T, String> cursor) {
    if (rows.size() <= pageSize) {
      return new Page<>(rows, null, total);
    }
    List<T> items = rows.subList(0, pageSize);
    return new Page<>(List.copyOf(items), cursor.apply(items.get(pageSize - 1)), total);
  }

  /**
   * Bound as text[] and cast in SQL: the driver maps String[] on its own. Id sets are joined as
   * unnest(...) rather than tested with = ANY(?), which a generic plan scans element by element per row.
   */
  private static String[] uuidArray(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toArray(String[]::new);
  }

  private static Lineage lineage(ResultSet rs) throws SQLException {
    UUID template = rs.getObject("template_id", UUID.class);
    return template == null ? null : new Lineage(template, rs.getInt("template_version"),
        rs.getString("origin_province"), instant(rs, "adopt_time"), instant(rs, "version_time"),
        rs.getInt("latest_version"), "RETIRED".equals(rs.getString("template_status")));
  }

  private static ModelWarning warning(ResultSet rs) throws SQLException {
    String reason = rs.getString("warning_reason");
    return reason == null ? null : new ModelWarning(reason, instant(rs, "warn_time"));
  }

  private static Retirement retirement(ResultSet rs) throws SQLException {
    String number = rs.getString("retire_decision_number");
    return number == null ? null : new Retirement(
        new Decision(number, rs.getObject("retire_decision_date", LocalDate.class)), rs.getString("retire_reason"),
        instant(rs, "retire_time"));
  }

  private static String folded(String code, String displayName) {
    return VietnameseText.fold(code + " " + displayName);
  }

  static String likeEscape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    java.sql.Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}

package vn.antq.registry.store;

import static vn.antq.registry.store.JdbcRegistryStore.instant;
import static vn.antq.registry.store.JdbcRegistryStore.likeEscape;
import static vn.antq.registry.store.JdbcRegistryStore.page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.VietnameseText;
import vn.antq.registry.domain.Decision;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.Retirement;
import vn.antq.registry.domain.Sector;
import vn.antq.registry.domain.national.CatalogueFilter;
import vn.antq.registry.domain.national.Evidence;
import vn.antq.registry.domain.national.NationalStore;
import vn.antq.registry.domain.national.Nomination;
import vn.antq.registry.domain.national.RegistryEvidence;
import vn.antq.registry.domain.national.Replica;
import vn.antq.registry.domain.national.Template;
import vn.antq.registry.domain.national.TemplateStatus;
import vn.antq.registry.domain.national.TemplateVersion;

/**
 * SQL for national replication. National tables (templates, versions) have no province column;
 * the provinces' tables (model, nomination) are filtered by row-level security as everywhere else.
 */
@Repository
public class JdbcNationalStore implements NationalStore {

  private static final String TEMPLATE_FROM = """
       FROM national_template t
       JOIN national_template_version v ON v.template_id = t.id AND v.version = t.current_version""";
  private static final String REPLICA_COLUMNS = """
      m.province, m.id, m.template_id, m.status, m.template_version, m.adopt_time,
      (SELECT count(*) FROM replication_point p WHERE p.province = m.province AND p.model_id = m.id) AS points,
      (SELECT count(*) FROM member_group g WHERE g.province = m.province AND g.model_id = m.id) AS groups,
      (SELECT coalesce(sum(g.member_count), 0) FROM member_group g
        WHERE g.province = m.province AND g.model_id = m.id) AS members""";

  private static final RowMapper<TemplateVersion> VERSION = (rs, i) -> new TemplateVersion(rs.getInt("version"),
      rs.getString("display_name"), Sector.valueOf(rs.getString("sector")), rs.getString("description"),
      rs.getString("changelog"), decision(rs, "decision_number", "decision_date"), rs.getString("author"),
      instant(rs, "create_time"));
  private static final RowMapper<Replica> REPLICA = (rs, i) -> new Replica(rs.getString("province"),
      rs.getObject("id", UUID.class), rs.getObject("template_id", UUID.class), ModelStatus.valueOf(rs.getString("status")),
      rs.getInt("template_version"), instant(rs, "adopt_time"), rs.getInt("points"), rs.getInt("groups"),
      rs.getLong("members"));
  private static final RowMapper<Nomination> NOMINATION = (rs, i) -> new Nomination(rs.getObject("id", UUID.class),
      rs.getString("province"), rs.getObject("model_id", UUID.class), rs.getString("display_name"),
      rs.getString("note"), Nomination.State.valueOf(rs.getString("state")),
      StoredJson.read(rs.getString("evidence"), Evidence.class), rs.getObject("template_id", UUID.class),
      rs.getString("nominated_by"), instant(rs, "create_time"), instant(rs, "decide_time"),
      rs.getString("rejection_reason"), rs.getString("decided_by"));

  private final JdbcClient jdbc;

  public JdbcNationalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public <T> T inProvince(String province, Supplier<T> work) {
    bind(province);
    T result = work.get();
    // Not in a finally: after a failed statement the transaction accepts no more SQL, and its
    // rollback ends the binding anyway.
    bind("");
    return result;
  }

  private void bind(String province) {
    jdbc.sql("SELECT set_config('app.province', ?, true)").param(province).query(String.class).single();
  }

  @Override
  public Optional<Template> findTemplate(UUID id) {
    return templates(" WHERE t.id = ?", List.of(id)).stream().findFirst();
  }

  @Override
  public Optional<Template> findTemplateByCode(String code) {
    return templates(" WHERE t.code = ?", List.of(code)).stream().findFirst();
  }

  @Override
  public Page<Template> listTemplates(CatalogueFilter filter, int pageSize, String afterCode) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (filter.sector() != null) {
      where.append(" AND v.sector = ?");
      params.add(filter.sector().name());
    }
    if (filter.foldedText() != null && !filter.foldedText().isBlank()) {
      where.append(" AND v.name_folded LIKE ? ESCAPE '\\'");
      params.add("%" + likeEscape(filter.foldedText()) + "%");
    }
    int total = jdbc.sql("SELECT count(*)" + TEMPLATE_FROM + where).params(params).query(Integer.class).single();
    if (afterCode != null) {
      where.append(" AND t.code > ?");
      params.add(afterCode);
    }
    where.append(" ORDER BY t.code LIMIT ?");
    params.add(pageSize + 1);
    return page(templates(where.toString(), params), pageSize, total, Template::code);
  }

  /** Templates matching the condition, each with every version (newest first). */
  private List<Template> templates(String condition, List<Object> params) {
    List<Head> heads = jdbc.sql("SELECT t.*" + TEMPLATE_FROM + condition).params(params).query(HEAD).list();
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<TemplateVersion>> versions = new LinkedHashMap<>();
    jdbc.sql("SELECT * FROM national_template_version WHERE template_id = ANY(?) ORDER BY version DESC")
        .param(heads.stream().map(Head::id).toArray(UUID[]::new))
        .query((rs, i) -> versions.computeIfAbsent(rs.getObject("template_id", UUID.class), k -> new ArrayList<>())
            .add(VERSION.mapRow(rs, i)))
        .list();
    return heads.stream().map(head -> new Template(head.id, head.code, head.status, head.originProvince,
        head.originModelId, head.recognition, head.retirement, versions.get(head.id), head.createTime)).toList();
  }

  /** A template's own row, before its versions are attached. */
  private record Head(UUID id, String code, TemplateStatus status, String originProvince, UUID originModelId,
                      Decision recognition, Retirement retirement, Instant createTime) {}

  private static final RowMapper<Head> HEAD = (rs, i) -> new Head(rs.getObject("id", UUID.class), rs.getString("code"),
      TemplateStatus.valueOf(rs.getString("status")), rs.getString("origin_province"),
      rs.getObject("origin_model_id", UUID.class), decision(rs, "decision_number", "decision_date"), retirement(rs),
      instant(rs, "create_time"));

  @Override
  public void insertTemplate(UUID id, String code, String originProvince, UUID originModelId, UUID nominationId,
                             Decision recognition, String recognisedBy) {
    jdbc.sql("""
            INSERT INTO national_template (id, code, current_version, status, origin_province, origin_model_id,
                                           nomination_id, decision_number, decision_date, recognised_by)
            VALUES (?, ?, 1, 'ACTIVE', ?, ?, ?, ?, ?, ?)""")
        .params(id, code, originProvince, originModelId, nominationId, recognition.number(), recognition.date(),
            recognisedBy)
        .update();
  }

  @Override
  public void insertVersion(UUID templateId, int version, String displayName, Sector sector, String description,
                            String changelog, Decision decision, String author) {
    jdbc.sql("""
            INSERT INTO national_template_version (template_id, version, display_name, name_folded, sector,
                                                   description, changelog, decision_number, decision_date, author)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(templateId, version, displayName, VietnameseText.fold(displayName), sector.name(), description,
            changelog, decision == null ? null : decision.number(), decision == null ? null : decision.date(), author)
        .update();
  }

  @Override
  public void setCurrentVersion(UUID templateId, int version) {
    jdbc.sql("UPDATE national_template SET current_version = ?, update_time = now() WHERE id = ?")
        .params(version, templateId).update();
  }

  @Override
  public void retireTemplate(UUID id, Decision decision, String reason) {
    jdbc.sql("""
            UPDATE national_template SET status = 'RETIRED', retire_decision_number = ?, retire_decision_date = ?,
                                         retire_reason = ?, retire_time = now(), update_time = now()
            WHERE id = ?""")
        .params(decision.number(), decision.date(), reason, id).update();
  }

  @Override
  public List<Replica> adopters(Collection<UUID> templateIds) {
    if (templateIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + REPLICA_COLUMNS + " FROM model m WHERE m.template_id = ANY(?) ORDER BY m.province")
        .param(templateIds.toArray(UUID[]::new)).query(REPLICA).list();
  }

  @Override
  public List<Replica> origins(Collection<Template> templates) {
    if (templates.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + REPLICA_COLUMNS
            + " FROM model m JOIN unnest(?::text[], ?::uuid[]) AS o(province, id) ON m.province = o.province AND m.id = o.id")
        .params(templates.stream().map(Template::originProvince).toArray(String[]::new),
            templates.stream().map(Template::originModelId).toArray(UUID[]::new))
        .query(REPLICA).list();
  }

  @Override
  public void setLineage(UUID modelId, UUID templateId, int version, boolean adopting) {
    jdbc.sql("""
            UPDATE model SET template_id = ?, template_version = ?, version_time = now(), update_time = now(),
                             adopt_time = CASE WHEN ? THEN now() ELSE adopt_time END
            WHERE id = ?""")
        .params(templateId, version, adopting, modelId).update();
  }

  @Override
  public Optional<Nomination> findNomination(UUID id) {
    return jdbc.sql("SELECT n.*, m.display_name FROM nomination n JOIN model m ON m.province = n.province"
            + " AND m.id = n.model_id WHERE n.id = ?")
        .param(id).query(NOMINATION).optional();
  }

  @Override
  public Optional<UUID> findNominationIdByRequest(String requestId) {
    return jdbc.sql("SELECT id FROM nomination WHERE request_id = ?").param(requestId).query(UUID.class).optional();
  }

  @Override
  public boolean hasNomination(UUID modelId, Nomination.State state) {
    return jdbc.sql("SELECT count(*) FROM nomination WHERE model_id = ? AND state = ?")
        .params(modelId, state.name()).query(Integer.class).single() > 0;
  }

  @Override
  public void insertNomination(UUID id, String province, UUID modelId, String note, Evidence evidence,
                               String nominatedBy, String requestId) {
    jdbc.sql("""
            INSERT INTO nomination (province, id, model_id, note, state, evidence, nominated_by, request_id)
            VALUES (?, ?, ?, ?, 'PENDING', ?::jsonb, ?, ?)""")
        .params(province, id, modelId, note, StoredJson.write(evidence), nominatedBy, requestId)
        .update();
  }

  @Override
  public void markRecognised(UUID nominationId, UUID templateId, String decidedBy) {
    jdbc.sql("""
            UPDATE nomination SET state = 'RECOGNISED', template_id = ?, decide_time = now(), decided_by = ?
            WHERE id = ?""")
        .params(templateId, decidedBy, nominationId).update();
  }

  @Override
  public boolean markRejected(UUID nominationId, String reason, String decidedBy) {
    return jdbc.sql("""
            UPDATE nomination SET state = 'REJECTED', rejection_reason = ?, decide_time = now(), decided_by = ?
            WHERE id = ? AND state = 'PENDING'""")
        .params(reason, decidedBy, nominationId).update() == 1;
  }

  @Override
  public Page<Nomination> listNominations(Nomination.State state, int pageSize, String cursor) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (state != null) {
      where.append(" AND n.state = ?");
      params.add(state.name());
    }
    if (cursor != null) {
      // newest first: (create_time, id) below the last one shown
      String[] last = cursor.split(" ", 2);
      where.append(" AND (n.create_time, n.id) < (?::timestamptz, ?::uuid)");
      params.add(last[0]);
      params.add(last[1]);
    }
    params.add(pageSize + 1);
    List<Nomination> rows = jdbc.sql("SELECT n.*, m.display_name FROM nomination n JOIN model m"
            + " ON m.province = n.province AND m.id = n.model_id" + where + " ORDER BY n.create_time DESC, n.id DESC LIMIT ?")
        .params(params).query(NOMINATION).list();
    return page(rows, pageSize, 0, n -> n.createTime() + " " + n.id());
  }

  @Override
  public RegistryEvidence registryEvidence(UUID modelId) {
    return jdbc.sql("""
            SELECT m.established_date,
                   (SELECT count(*) FROM replication_point p WHERE p.model_id = m.id) AS points,
                   (SELECT count(DISTINCT p.commune || '/' || p.district) FROM replication_point p
                     WHERE p.model_id = m.id) AS communes,
                   (SELECT count(DISTINCT p.district) FROM replication_point p WHERE p.model_id = m.id) AS districts,
                   (SELECT count(*) FROM member_group g WHERE g.model_id = m.id) AS groups,
                   (SELECT coalesce(sum(g.member_count), 0) FROM member_group g WHERE g.model_id = m.id) AS members
            FROM model m WHERE m.id = ?""")
        .param(modelId)
        .query((rs, i) -> new RegistryEvidence(rs.getInt("points"), rs.getInt("groups"), rs.getLong("members"),
            rs.getInt("communes"), rs.getInt("districts"), rs.getObject("established_date", LocalDate.class)))
        .single();
  }

  private static Decision decision(ResultSet rs, String number, String date) throws SQLException {
    String value = rs.getString(number);
    return value == null ? null : new Decision(value, rs.getObject(date, LocalDate.class));
  }

  private static Retirement retirement(ResultSet rs) throws SQLException {
    Decision decision = decision(rs, "retire_decision_number", "retire_decision_date");
    return decision == null ? null : new Retirement(decision, rs.getString("retire_reason"), instant(rs, "retire_time"));
  }
}

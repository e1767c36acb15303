package vn.antq.awards.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.awards.domain.Achievement;
import vn.antq.awards.domain.AwardStore;
import vn.antq.awards.domain.Decision;
import vn.antq.awards.domain.DecisionDraft;
import vn.antq.awards.domain.IssuingLevel;
import vn.antq.awards.domain.Nomination;
import vn.antq.awards.domain.NominationDraft;
import vn.antq.awards.domain.NominationEvent;
import vn.antq.awards.domain.NominationFilter;
import vn.antq.awards.domain.NominationState;
import vn.antq.awards.domain.Recipient;
import vn.antq.awards.domain.RecipientType;
import vn.antq.awards.domain.Verification;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Ids;
import vn.antq.core.Page;
import vn.antq.persistence.Rows;

/** SQL for nominations, decisions and events. No query filters by province: row-level security does. */
@Repository
public class JdbcAwardStore implements AwardStore {

  private static final String COLUMNS = """
      province, id, recipient_type, model_id, group_name, person_id, display_name, unit, verification, form,
      issuing_level, period_start, period_end, citation, campaign_ids, state, review_reason, decision_id,
      decision_date, issue_date, create_time, update_time""";

  private static final RowMapper<Nomination> NOMINATION = (rs, i) -> new Nomination(Rows.uuid(rs, "id"),
      rs.getString("province"),
      new Recipient(RecipientType.valueOf(rs.getString("recipient_type")), Rows.uuid(rs, "model_id"),
          rs.getString("group_name"), Rows.uuid(rs, "person_id"), rs.getString("display_name"), rs.getString("unit"),
          Verification.valueOf(rs.getString("verification"))),
      rs.getString("form"), IssuingLevel.valueOf(rs.getString("issuing_level")),
      new Achievement(Rows.date(rs, "period_start"), Rows.date(rs, "period_end"), rs.getString("citation"),
          texts(rs, "campaign_ids")),
      NominationState.valueOf(rs.getString("state")), rs.getString("review_reason"), Rows.uuid(rs, "decision_id"),
      Rows.date(rs, "decision_date"), Rows.date(rs, "issue_date"), Rows.instant(rs, "create_time"),
      Rows.instant(rs, "update_time"));

  private static final RowMapper<NominationEvent> EVENT = (rs, i) -> new NominationEvent(Rows.uuid(rs, "id"),
      Rows.uuid(rs, "nomination_id"), Rows.enumOrNull(NominationState.class, rs.getString("from_state")),
      NominationState.valueOf(rs.getString("to_state")), NominationEvent.Action.valueOf(rs.getString("action")),
      rs.getString("subject"), rs.getString("detail"), Rows.instant(rs, "event_time"));

  private static final RowMapper<EarlierRequest> EARLIER = (rs, i) ->
      new EarlierRequest(Rows.uuid(rs, "id"), rs.getString("request_hash"));

  private final JdbcClient jdbc;

  public JdbcAwardStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<EarlierRequest> findNominationByRequest(String requestId) {
    return jdbc.sql("SELECT id, request_hash FROM nomination WHERE request_id = ?").param(requestId)
        .query(EARLIER).optional();
  }

  @Override
  public boolean insertNomination(UUID id, String province, NominationDraft draft, String requestId,
                                  String fingerprint) {
    Recipient recipient = draft.recipient();
    Achievement achievement = draft.achievement();
    return jdbc.sql("""
            INSERT INTO nomination (province, id, recipient_type, model_id, group_name, person_id, display_name, unit,
                verification, form, issuing_level, period_start, period_end, citation, campaign_ids, state,
                request_id, request_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], 'NOMINATED', ?, ?)
            ON CONFLICT DO NOTHING""")
        .params(province, id, recipient.type().name(), recipient.modelId(), recipient.group(), recipient.personId(),
            orEmpty(recipient.displayName()), orEmpty(recipient.unit()), recipient.verification().name(),
            draft.form(), draft.issuingLevel().name(), achievement.periodStart(), achievement.periodEnd(),
            achievement.citation(), textArray(achievement.campaignIds()), requestId, fingerprint)
        .update() == 1;
  }

  @Override
  public Optional<Nomination> findNomination(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE id = ?").param(id).query(NOMINATION).optional();
  }

  @Override
  public List<Nomination> lockNominations(Collection<UUID> ids) {
    // Locked in id order, so two decisions over overlapping nominations cannot deadlock.
    return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE id = ANY(?) ORDER BY id FOR UPDATE")
        .param(ids.toArray(UUID[]::new)).query(NOMINATION).list();
  }

  @Override
  public Page<Nomination> listNominations(NominationFilter filter, int pageSize, UUID after) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (filter.state() != null) {
      where.append(" AND state = ?");
      params.add(filter.state().name());
    }
    if (filter.verification() != null) {
      where.append(" AND verification = ?");
      params.add(filter.verification().name());
    }
    if (filter.waitingSince() != null) {
      where.append(" AND state IN ('NOMINATED', 'APPROVED') AND period_end < ?");
      params.add(filter.waitingSince());
    }
    int total = jdbc.sql("SELECT count(*) FROM nomination" + where).params(params).query(Integer.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    String keyset = "";
    if (after != null) {
      keyset = " AND id > ?";
      pageParams.add(after);
    }
    pageParams.add(pageSize + 1);
    List<Nomination> rows = jdbc.sql("SELECT " + COLUMNS + " FROM nomination" + where + keyset + " ORDER BY id LIMIT ?")
        .params(pageParams).query(NOMINATION).list();
    return Rows.page(rows, pageSize, total, Nomination::id);
  }

  @Override
  public List<Nomination> unverified(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nomination WHERE verification = 'UNVERIFIED' ORDER BY id LIMIT ?")
        .param(limit).query(NOMINATION).list();
  }

  @Override
  public void updateVerification(UUID id, Verification verification, String displayName) {
    jdbc.sql("UPDATE nomination SET verification = ?, display_name = ?, update_time = now() WHERE id = ?")
        .params(verification.name(), orEmpty(displayName), id).update();
  }

  @Override
  public void updateState(UUID id, NominationState state, String reviewReason) {
    jdbc.sql("UPDATE nomination SET state = ?, review_reason = ?, update_time = now() WHERE id = ?")
        .params(state.name(), reviewReason, id).update();
  }

  @Override
  public void markDecided(Collection<UUID> ids, UUID decisionId, LocalDate decisionDate) {
    jdbc.sql("""
            UPDATE nomination SET state = 'DECIDED', decision_id = ?, decision_date = ?, update_time = now()
            WHERE id = ANY(?)""")
        .params(decisionId, decisionDate, ids.toArray(UUID[]::new)).update();
  }

  @Override
  public void markIssued(UUID id, LocalDate issueDate) {
    jdbc.sql("UPDATE nomination SET state = 'ISSUED', issue_date = ?, update_time = now() WHERE id = ?")
        .params(issueDate, id).update();
  }

  @Override
  public void appendEvent(UUID nominationId, NominationState from, NominationState to, NominationEvent.Action action,
                          String subject, String detail) {
    jdbc.sql("""
            INSERT INTO nomination_event (province, id, nomination_id, from_state, to_state, action, subject, detail)
            VALUES (current_setting('app.province', true), ?, ?, ?, ?, ?, ?, ?)""")
        .params(Ids.next(), nominationId, Rows.nameOrNull(from), to.name(), action.name(), subject, orEmpty(detail))
        .update();
  }

  @Override
  public List<NominationEvent> events(UUID nominationId) {
    return jdbc.sql("""
            SELECT id, nomination_id, from_state, to_state, action, subject, detail, event_time
            FROM nomination_event WHERE nomination_id = ? ORDER BY id""")
        .param(nominationId).query(EVENT).list();
  }

  @Override
  public Optional<EarlierRequest> findDecisionByRequest(String requestId) {
    return jdbc.sql("SELECT id, request_hash FROM award_decision WHERE request_id = ?").param(requestId)
        .query(EARLIER).optional();
  }

  @Override
  public boolean decisionNumberTaken(IssuingLevel level, int year, String numberKey) {
    return jdbc.sql("""
            SELECT EXISTS (SELECT 1 FROM award_decision
                           WHERE issuing_level = ? AND decision_year = ? AND number_key = ?)""")
        .params(level.name(), year, numberKey).query(Boolean.class).single();
  }

  @Override
  public boolean insertDecision(UUID id, String province, DecisionDraft draft, String requestId, String fingerprint) {
    return jdbc.sql("""
            INSERT INTO award_decision (province, id, number, number_key, decision_date, decision_year, signer,
                issuing_level, document_reference, request_id, request_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""")
        .params(province, id, draft.number(), draft.numberKey(), draft.decisionDate(), draft.decisionDate().getYear(),
            draft.signer(), draft.issuingLevel().name(), draft.documentReference(), requestId, fingerprint)
        .update() == 1;
  }

  @Override
  public Optional<Decision> findDecision(UUID id) {
    List<UUID> nominations = jdbc.sql("SELECT id FROM nomination WHERE decision_id = ? ORDER BY id").param(id)
        .query((rs, i) -> Rows.uuid(rs, "id")).list();
    return jdbc.sql("""
            SELECT province, id, number, decision_date, signer, issuing_level, document_reference, create_time
            FROM award_decision WHERE id = ?""")
        .param(id)
        .query((rs, i) -> new Decision(Rows.uuid(rs, "id"), rs.getString("province"),
            new DecisionDraft(rs.getString("number"), Rows.date(rs, "decision_date"), rs.getString("signer"),
                IssuingLevel.valueOf(rs.getString("issuing_level")), rs.getString("document_reference"), nominations),
            Rows.instant(rs, "create_time")))
        .optional();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** A PostgreSQL text[] literal, cast in SQL; campaign ids are [A-Za-z0-9_-] only, so no quoting is needed. */
  private static String textArray(List<String> values) {
    return "{" + String.join(",", values) + "}";
  }

  private static List<String> texts(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}

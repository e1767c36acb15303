package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.test.AppRoleDatabase;

/**
 * The third lock, checked at the database alone: the application role sees only the rows of the
 * province its transaction set; events are append-only; the workflow's invariants hold whatever the
 * code; national reads see nominations and decisions, not who did what.
 */
class RowLevelSecurityTest {

  private static final String[] TABLES = {"nomination", "award_decision", "nomination_event"};

  private static AppRoleDatabase db;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;

  @BeforeAll
  static void migrateAndSeedTwoProvinces() {
    db = AppRoleDatabase.migrated("awards_rls");
    jdbc = db.jdbc();
    tx = db.tx();
    seed("bac-lieu", "1/QĐ-BCA");
    seed("bac-lieu", "2/QĐ-BCA");
    seed("ca-mau", "1/QĐ-BCA");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void eachProvinceSeesOnlyItsOwnRowsInEveryTable() {
    for (String table : TABLES) {
      assertThat(countIn(null, table)).as(table).isZero();
      assertThat(countIn("bac-lieu", table)).as(table).isEqualTo(2);
      assertThat(countIn("ca-mau", table)).as(table).isEqualTo(1);
      assertThat(countIn("an-giang", table)).as(table).isZero();
    }
  }

  @Test
  void writingARowOfAnotherProvinceIsRefused() {
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () -> insertNomination("ca-mau")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE nomination SET province = 'ca-mau'")));
    assertThat(inProvinceCount("bac-lieu", "UPDATE nomination SET review_reason = 'x' WHERE province = 'ca-mau'"))
        .as("another province's rows are not there to change").isZero();
    assertThat(countIn("ca-mau", "nomination")).isEqualTo(1);
  }

  @Test
  void aDecisionNumberIsUniquePerIssuerAndYearAndRecipientsMustBeConfirmed() {
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () -> insertDecision("bac-lieu", "1/QĐ-BCA")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE nomination SET verification = 'UNVERIFIED'")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE nomination SET decision_id = NULL")));
  }

  @Test
  void eventsCanBeAddedButNeverChangedOrRemoved() {
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE nomination_event SET subject = 'someone else'")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("DELETE FROM nomination_event")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () -> jdbc.update("DELETE FROM nomination")));
    assertThat(countIn("bac-lieu", "nomination_event")).isEqualTo(2);
  }

  @Test
  void aNationalReadSeesNominationsAndDecisionsButNotTheEventLog() {
    Integer nominations = tx.execute(s -> {
      jdbc.execute("SET TRANSACTION READ ONLY");
      jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
      return jdbc.queryForObject("SELECT count(*) FROM nomination", Integer.class);
    });
    assertThat(nominations).isEqualTo(3);
    assertThrows(DataAccessException.class, () -> tx.execute(s -> {
      jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
      return jdbc.queryForObject("SELECT count(*) FROM nomination_event", Integer.class);
    }));
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypass() {
    assertThat(db.appRoleIsSuperuserOrBypassesRls()).isFalse();
    assertThat(jdbc.queryForObject("""
        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
          AND NOT c.relrowsecurity""", Integer.class)).as("tables without RLS").isZero();
    assertThrows(DataAccessException.class, () -> jdbc.execute("ALTER TABLE nomination DISABLE ROW LEVEL SECURITY"));
  }

  private static int countIn(String province, String table) {
    return tx.execute(status -> {
      if (province != null) {
        db.setProvince(province);
      }
      return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    });
  }

  private static int inProvinceCount(String province, String update) {
    return tx.execute(status -> {
      db.setProvince(province);
      return jdbc.update(update);
    });
  }

  private static void inProvince(String province, Runnable work) {
    tx.executeWithoutResult(status -> {
      db.setProvince(province);
      work.run();
    });
  }

  /** A decided nomination with its decision and one event. */
  private static void seed(String province, String number) {
    inProvince(province, () -> {
      UUID decision = insertDecision(province, number);
      UUID nomination = insertNomination(province);
      jdbc.update("UPDATE nomination SET state = 'DECIDED', decision_id = ?, decision_date = DATE '2024-01-10' "
          + "WHERE id = ?", decision, nomination);
      jdbc.update("INSERT INTO nomination_event (province, id, nomination_id, to_state, action, subject) "
          + "VALUES (?, ?, ?, 'DECIDED', 'DECIDE', 'quantri')", province, UUID.randomUUID(), nomination);
    });
  }

  private static UUID insertDecision(String province, String number) {
    UUID id = UUID.randomUUID();
    jdbc.update("INSERT INTO award_decision (province, id, number, number_key, decision_date, decision_year, signer, "
        + "issuing_level) VALUES (?, ?, ?, upper(?), DATE '2024-01-10', 2024, 'Thứ trưởng', 'MINISTRY')",
        province, id, number, number);
    return id;
  }

  private static UUID insertNomination(String province) {
    UUID id = UUID.randomUUID();
    jdbc.update("INSERT INTO nomination (province, id, recipient_type, display_name, verification, form, "
        + "issuing_level, period_start, period_end, citation, state) VALUES (?, ?, 'COLLECTIVE', 'Xã A', 'NOT_LINKED', "
        + "'BANG_KHEN', 'MINISTRY', DATE '2023-01-01', DATE '2023-12-31', 'Thành tích', 'APPROVED')", province, id);
    return id;
  }
}

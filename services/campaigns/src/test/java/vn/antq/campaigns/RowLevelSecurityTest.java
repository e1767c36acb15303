package vn.antq.campaigns;

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
 * The third lock, checked at the database alone: through a pool of one connection the application
 * role sees only the rows of the province its transaction set, none otherwise, and can only append
 * to the approval audit trail.
 */
class RowLevelSecurityTest {

  private static AppRoleDatabase db;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;

  @BeforeAll
  static void migrateAndSeedTwoProvinces() {
    db = AppRoleDatabase.migrated("rls");
    jdbc = db.jdbc();
    tx = db.tx();
    insertLaunch("bac-lieu");
    insertLaunch("bac-lieu");
    insertLaunch("ca-mau");
    inProvince("bac-lieu", () -> jdbc.update(
        "INSERT INTO period_event (province, id, period, action, actor) VALUES ('bac-lieu', ?, '2023', 'APPROVE', 'x')",
        UUID.randomUUID()));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void eachProvinceSeesOnlyItsOwnRowsAndNoneWithoutAProvince() {
    assertThat(count("bac-lieu")).isEqualTo(2);
    assertThat(count("ca-mau")).isEqualTo(1);
    assertThat(count("an-giang")).isZero();
    assertThat(count(null)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign", Integer.class)).isZero();
    String carried = tx.execute(s -> jdbc.queryForObject("SELECT current_setting('app.province', true)", String.class));
    assertThat(carried).as("nothing carried over on the pooled connection").isNullOrEmpty();
  }

  @Test
  void writingARowForAnotherProvinceIsRefused() {
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () -> insert("ca-mau")));
    assertThat(count("ca-mau")).isEqualTo(1);
  }

  @Test
  void theAuditTrailCanBeAppendedToButNeverRewritten() {
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu",
        () -> jdbc.update("UPDATE period_event SET reason = 'rewritten'")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () -> jdbc.update("DELETE FROM period_event")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () -> jdbc.update(
        "INSERT INTO period_event (province, id, period, action, actor) VALUES ('bac-lieu', ?, '2023', 'REOPEN', 'x')",
        UUID.randomUUID())), "a reopening without a reason");
    Integer events = tx.execute(s -> {
      db.setProvince("bac-lieu");
      return jdbc.queryForObject("SELECT count(*) FROM period_event WHERE reason = ''", Integer.class);
    });
    assertThat(events).isEqualTo(1);
  }

  @Test
  void theApplicationRoleOwnsNothingAndEveryTableHasRowLevelSecurity() {
    assertThat(db.appRoleIsSuperuserOrBypassesRls()).isFalse();
    assertThat(db.tablesOwnedByAppRole()).isEmpty();
    assertThat(db.tablesWithoutRowLevelSecurity()).as("tenant tables without RLS").isEmpty();
    assertThrows(DataAccessException.class, () -> jdbc.execute("ALTER TABLE campaign DISABLE ROW LEVEL SECURITY"));
  }

  private static int count(String province) {
    return tx.execute(status -> {
      if (province != null) {
        db.setProvince(province);
      }
      return jdbc.queryForObject("SELECT count(*) FROM campaign", Integer.class);
    });
  }

  private static void insertLaunch(String province) {
    inProvince(province, () -> insert(province));
  }

  private static void inProvince(String province, Runnable work) {
    tx.executeWithoutResult(status -> {
      db.setProvince(province);
      work.run();
    });
  }

  private static void insert(String province) {
    jdbc.update("""
        INSERT INTO campaign (province, id, title, level, district, start_date, end_date, organizer, attendees,
                              leaflets, rounds_mass_media, rounds_social_network, rounds_mobile_loudspeaker)
        VALUES (?, ?, 'Phát động', 'COMMUNE', 'Huyện Đông Hải', '2023-05-01', '2023-05-01', 'Công an xã', 10, 0, 0, 0, 0)""",
        province, UUID.randomUUID());
  }
}

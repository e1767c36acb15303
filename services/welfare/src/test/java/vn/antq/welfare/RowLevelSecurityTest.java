package vn.antq.welfare;

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
 * The third lock, checked at the database alone: the application role, through a pool of one
 * connection, sees only the rows of the province its transaction set; disclosures are append-only;
 * personal data stays out of national reads.
 */
class RowLevelSecurityTest {

  private static final String[] TABLES = {"welfare_item", "sponsor", "contribution", "beneficiary", "beneficiary_disclosure"};

  private static AppRoleDatabase db;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;
  private static UUID baclieuBeneficiary;

  @BeforeAll
  static void migrateAndSeedTwoProvinces() {
    db = AppRoleDatabase.migrated("welfare_rls");
    jdbc = db.jdbc();
    tx = db.tx();
    baclieuBeneficiary = seed("bac-lieu");
    seed("bac-lieu");
    seed("ca-mau");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void noProvinceSetMeansNoRows() {
    for (String table : TABLES) {
      assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class)).as(table).isZero();
      assertThat(countIn(null, table)).as(table).isZero();
    }
  }

  @Test
  void eachProvinceSeesOnlyItsOwnRowsInEveryTable() {
    for (String table : TABLES) {
      assertThat(countIn("bac-lieu", table)).as(table).isEqualTo(2);
      assertThat(countIn("ca-mau", table)).as(table).isEqualTo(1);
      assertThat(countIn("an-giang", table)).as(table).isZero();
    }
  }

  @Test
  void thePooledConnectionCarriesNoProvinceIntoTheNextTransaction() {
    assertThat(countIn("bac-lieu", "welfare_item")).isEqualTo(2);
    String carried = tx.execute(s -> jdbc.queryForObject("SELECT current_setting('app.province', true)", String.class));
    assertThat(carried).isNullOrEmpty();
    assertThat(countIn(null, "welfare_item")).isZero();
  }

  @Test
  void writingOrLinkingARowOfAnotherProvinceIsRefused() {
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () -> insertItem("ca-mau", null)));
    assertThrows(DataAccessException.class, () -> inProvince("ca-mau", () -> insertItem("ca-mau", baclieuBeneficiary)));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE welfare_item SET province = 'ca-mau'")));
    assertThat(countIn("ca-mau", "welfare_item")).isEqualTo(1);
  }

  @Test
  void moneyAndQuantitiesCannotBeStoredNegativeOrEmptyWhateverTheCode() {
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE welfare_item SET quantity = 0")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE welfare_item SET value_vnd = -1")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE welfare_item SET handover_date = NULL")));
  }

  @Test
  void disclosuresCanBeAddedButNeverChangedOrRemoved() {
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("UPDATE beneficiary_disclosure SET purpose = 'sửa lại cho đẹp hồ sơ'")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("DELETE FROM beneficiary_disclosure")));
    assertThrows(DataAccessException.class, () -> inProvince("bac-lieu", () ->
        jdbc.update("DELETE FROM welfare_item")));
    assertThat(countIn("bac-lieu", "beneficiary_disclosure")).isEqualTo(2);
  }

  @Test
  void aNationalReadSeesTheLedgerButNoPersonalData() {
    Integer items = tx.execute(s -> {
      jdbc.execute("SET TRANSACTION READ ONLY");
      jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
      return jdbc.queryForObject("SELECT count(*) FROM welfare_item", Integer.class);
    });
    assertThat(items).isEqualTo(3);
    for (String personal : new String[] {"beneficiary", "beneficiary_disclosure"}) {
      assertThrows(DataAccessException.class, () -> tx.execute(s -> {
        jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
        return jdbc.queryForObject("SELECT count(*) FROM " + personal, Integer.class);
      }), "the national role has no grant on " + personal);
    }
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypass() {
    assertThat(db.appRoleIsSuperuserOrBypassesRls()).isFalse();
    assertThat(db.tablesOwnedByAppRole()).isEmpty();
    assertThat(db.tablesWithoutRowLevelSecurity()).as("tenant tables without RLS").isEmpty();
    assertThrows(DataAccessException.class, () -> jdbc.execute("ALTER TABLE beneficiary DISABLE ROW LEVEL SECURITY"));
  }

  private static int countIn(String province, String table) {
    return tx.execute(status -> {
      if (province != null) {
        db.setProvince(province);
      }
      return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    });
  }

  private static void inProvince(String province, Runnable work) {
    tx.executeWithoutResult(status -> {
      db.setProvince(province);
      work.run();
    });
  }

  /** One row in every table; returns the beneficiary's id. */
  private static UUID seed(String province) {
    UUID beneficiary = UUID.randomUUID();
    inProvince(province, () -> {
      jdbc.update("INSERT INTO beneficiary (province, id, beneficiary_type, full_name, commune, district) "
          + "VALUES (?, ?, 'HOUSEHOLD', 'Hộ bà Sa', 'Xã Long Điền', 'Huyện Đông Hải')", province, beneficiary);
      jdbc.update("INSERT INTO beneficiary_disclosure (province, id, beneficiary_id, subject, roles, purpose) "
          + "VALUES (?, ?, ?, 'quantri', 'PROVINCE_ADMIN', 'Xác minh hồ sơ hỗ trợ')", province, UUID.randomUUID(), beneficiary);
      insertItem(province, beneficiary);
      UUID sponsor = UUID.randomUUID();
      jdbc.update("INSERT INTO sponsor (province, id, sponsor_type, display_name) VALUES (?, ?, 'PERSON', 'Ông Tài')",
          province, sponsor);
      jdbc.update("INSERT INTO contribution (province, id, sponsor_id, form, value_vnd, contribution_date) "
          + "VALUES (?, ?, ?, 'MONEY', 1000000, DATE '2023-05-01')", province, UUID.randomUUID(), sponsor);
    });
    return beneficiary;
  }

  private static void insertItem(String province, UUID beneficiary) {
    jdbc.update("INSERT INTO welfare_item (province, id, kind, display_name, quantity, unit, value_vnd, commune, district, "
        + "status, handover_date, beneficiary_id) VALUES (?, ?, 'RICE', 'Gạo', 100, 'KILOGRAM', 1500000, 'Xã Long Điền', "
        + "'Huyện Đông Hải', 'HANDED_OVER', DATE '2023-05-02', ?)", province, UUID.randomUUID(), beneficiary);
  }
}

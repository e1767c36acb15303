package vn.antq.members;

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
 * The third lock, at the database alone: the application role sees and writes only the rows of the
 * province its transaction set, nothing without one, and can never rewrite history or access records.
 */
class RowLevelSecurityTest {

  private static AppRoleDatabase db;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;

  @BeforeAll
  static void migrateAndSeedTwoProvinces() {
    db = AppRoleDatabase.migrated("members_rls");
    jdbc = db.jdbc();
    tx = db.tx();
    insertPerson("bac-lieu");
    insertPerson("bac-lieu");
    insertPerson("ca-mau");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void eachProvinceSeesOnlyItsOwnPersonsAndNoneWithoutAProvince() {
    assertThat(count("bac-lieu", "person")).isEqualTo(2);
    assertThat(count("ca-mau", "person")).isEqualTo(1);
    assertThat(count(null, "person")).isZero();
    assertThat(count("bac-lieu", "access_record")).isEqualTo(2);
  }

  @Test
  void writingARowOfAnotherProvinceIsRefused() {
    assertThrows(DataAccessException.class, () -> tx.executeWithoutResult(s -> {
      db.setProvince("bac-lieu");
      jdbc.update("""
          INSERT INTO person (province, id, full_name, name_folded, birth_date, gender, national_id_hash,
                              national_id_key, national_id_cipher, commune, commune_folded, district, sensitive_key,
                              sensitive_cipher)
          VALUES ('ca-mau', ?, 'x', 'x', '1980-01-01', 'MALE', '\\x01', 'k', '\\x01', 'x', 'x', 'x', 'k', '\\x01')""",
          UUID.randomUUID());
    }));
    assertThat(count("ca-mau", "person")).isEqualTo(1);
  }

  @Test
  void accessRecordsAndHistoryCannotBeRewrittenNorPersonsDeleted() {
    for (String statement : new String[] {
        "UPDATE access_record SET purpose = 'x'", "DELETE FROM access_record",
        "UPDATE membership_change SET actor = 'x'", "DELETE FROM person", "DELETE FROM membership"}) {
      assertThrows(DataAccessException.class, () -> tx.executeWithoutResult(s -> {
        db.setProvince("bac-lieu");
        jdbc.update(statement);
      }), statement);
    }
    assertThat(count("bac-lieu", "access_record")).isEqualTo(2);
  }

  @Test
  void theApplicationRoleOwnsNothingAndEveryTableHasRowLevelSecurity() {
    assertThat(db.appRoleIsSuperuserOrBypassesRls()).isFalse();
    assertThat(db.tablesOwnedByAppRole()).isEmpty();
    assertThat(db.tablesWithoutRowLevelSecurity()).as("tenant tables without RLS").isEmpty();
  }

  private static int count(String province, String table) {
    return tx.execute(status -> {
      if (province != null) {
        db.setProvince(province);
      }
      return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    });
  }

  private static void insertPerson(String province) {
    tx.executeWithoutResult(status -> {
      db.setProvince(province);
      UUID id = UUID.randomUUID();
      jdbc.update("""
          INSERT INTO person (province, id, full_name, name_folded, birth_date, gender, national_id_hash,
                              national_id_key, national_id_cipher, commune, commune_folded, district, sensitive_key,
                              sensitive_cipher)
          VALUES (?, ?, 'Nguyễn Văn A', 'nguyen van a', '1980-01-01', 'MALE', ?, 'k', '\\x01', 'Xã A', 'xa a', 'Huyện B',
                  'k', '\\x01')""", province, id, UUID.randomUUID().toString().getBytes());
      jdbc.update("""
          INSERT INTO access_record (province, id, actor, person_id, view, purpose, operation)
          VALUES (?, ?, 'canbo', ?, 'FULL', 'kiểm tra', 'GetPerson')""", province, UUID.randomUUID(), id);
    });
  }
}

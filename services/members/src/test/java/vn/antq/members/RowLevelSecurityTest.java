package vn.antq.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.persistence.DatabaseProvisioner.ServiceDatabase;
import vn.antq.test.PostgresFixture;

/**
 * The third lock, at the database alone: the application role sees and writes only the rows of the
 * province its transaction set, nothing without one, and can never rewrite history or access records.
 */
class RowLevelSecurityTest {

  private static HikariDataSource pool;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;

  @BeforeAll
  static void migrateAndSeedTwoProvinces() {
    ServiceDatabase db = PostgresFixture.shared().database("members_rls");
    Flyway.configure().dataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())
        .placeholders(Map.of("app_role", db.appUser(), "national_role", db.nationalRole())).load().migrate();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.appUser());
    config.setPassword(db.appPassword());
    config.setMaximumPoolSize(1);
    pool = new HikariDataSource(config);
    jdbc = new JdbcTemplate(pool);
    tx = new TransactionTemplate(new JdbcTransactionManager(pool));
    insertPerson("bac-lieu");
    insertPerson("bac-lieu");
    insertPerson("ca-mau");
  }

  @AfterAll
  static void close() {
    pool.close();
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
      jdbc.queryForObject("SELECT set_config('app.province', 'bac-lieu', true)", String.class);
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
        jdbc.queryForObject("SELECT set_config('app.province', 'bac-lieu', true)", String.class);
        jdbc.update(statement);
      }), statement);
    }
    assertThat(count("bac-lieu", "access_record")).isEqualTo(2);
  }

  @Test
  void theApplicationRoleOwnsNothingAndEveryTableHasRowLevelSecurity() {
    assertThat(jdbc.queryForObject("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user",
        Boolean.class)).isFalse();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE tableowner = current_user", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("""
        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
          AND NOT c.relrowsecurity""", Integer.class)).as("tenant tables without RLS").isZero();
  }

  private static int count(String province, String table) {
    return tx.execute(status -> {
      if (province != null) {
        jdbc.queryForObject("SELECT set_config('app.province', ?, true)", String.class, province);
      }
      return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    });
  }

  private static void insertPerson(String province) {
    tx.executeWithoutResult(status -> {
      jdbc.queryForObject("SELECT set_config('app.province', ?, true)", String.class, province);
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

package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.persistence.DatabaseProvisioner.ServiceDatabase;
import vn.antq.test.PostgresFixture;

/**
 * The third lock, checked at the database alone: the application role, through a pool of one
 * connection, sees only the rows of the province its transaction set, and nothing otherwise.
 */
class RowLevelSecurityTest {

  private static ServiceDatabase db;
  private static HikariDataSource pool;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;

  @BeforeAll
  static void migrateAndSeedTwoProvinces() {
    db = PostgresFixture.shared().database("rls");
    Flyway.configure().dataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())
        .placeholders(java.util.Map.of("app_role", db.appUser(), "national_role", db.nationalRole())).load().migrate();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.appUser());
    config.setPassword(db.appPassword());
    config.setMaximumPoolSize(1);
    pool = new HikariDataSource(config);
    jdbc = new JdbcTemplate(pool);
    tx = new TransactionTemplate(new org.springframework.jdbc.support.JdbcTransactionManager(pool));
    insertModel("bac-lieu", "BL-1");
    insertModel("bac-lieu", "BL-2");
    insertModel("ca-mau", "CM-1");
  }

  @AfterAll
  static void close() {
    pool.close();
  }

  @Test
  void noProvinceSetMeansNoRows() {
    assertThat(jdbc.queryForObject("SELECT count(*) FROM model", Integer.class)).isZero();
    assertThat(countIn(null)).isZero();
  }

  @Test
  void eachProvinceSeesOnlyItsOwnRows() {
    assertThat(countIn("bac-lieu")).isEqualTo(2);
    assertThat(countIn("ca-mau")).isEqualTo(1);
    assertThat(countIn("an-giang")).isZero();
  }

  @Test
  void thePooledConnectionCarriesNoProvinceIntoTheNextTransaction() {
    assertThat(countIn("bac-lieu")).isEqualTo(2);
    // Same single pooled connection, next transaction, nothing set.
    String carried = tx.execute(s -> jdbc.queryForObject("SELECT current_setting('app.province', true)", String.class));
    assertThat(carried).isNullOrEmpty();
    assertThat(countIn(null)).isZero();
    Integer visible = tx.execute(s -> jdbc.queryForObject("SELECT count(*) FROM model", Integer.class));
    assertThat(visible).isZero();
  }

  @Test
  void writingARowForAnotherProvinceIsRefused() {
    assertThrows(DataAccessException.class, () -> tx.executeWithoutResult(s -> {
      jdbc.queryForObject("SELECT set_config('app.province', 'bac-lieu', true)", String.class);
      jdbc.update("INSERT INTO model (province, id, code, display_name, name_folded, sector, status) "
          + "VALUES ('ca-mau', ?, 'X-1', 'x', 'x', 'OTHER', 'DRAFT')", UUID.randomUUID());
    }));
    assertThat(countIn("ca-mau")).isEqualTo(1);
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypass() {
    assertThat(jdbc.queryForObject("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user",
        Boolean.class)).isFalse();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE tableowner = current_user", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("""
        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
          AND NOT c.relrowsecurity""", Integer.class)).as("tenant tables without RLS").isZero();
    assertThrows(DataAccessException.class, () -> jdbc.execute("ALTER TABLE model DISABLE ROW LEVEL SECURITY"));
  }

  @Test
  void theNationalRoleReadsEveryProvinceButWritesNothing() {
    Integer all = tx.execute(s -> {
      jdbc.execute("SET TRANSACTION READ ONLY");
      jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
      return jdbc.queryForObject("SELECT count(*) FROM model", Integer.class);
    });
    assertThat(all).isEqualTo(3);
    assertThrows(DataAccessException.class, () -> tx.executeWithoutResult(s -> {
      jdbc.execute("SET LOCAL ROLE " + db.nationalRole());
      jdbc.update("UPDATE model SET display_name = 'x'");
    }));
    assertThat(countIn(null)).as("the role switch ends with the transaction").isZero();
  }

  @Test
  void tenantQueriesUseTheProvinceIndex() {
    String plan = tx.execute(s -> {
      jdbc.queryForObject("SELECT set_config('app.province', 'bac-lieu', true)", String.class);
      jdbc.execute("SET LOCAL enable_seqscan = off");
      return String.join("\n", jdbc.queryForList("EXPLAIN SELECT * FROM model ORDER BY code LIMIT 50", String.class));
    });
    assertThat(plan).as("a single RLS policy keeps the (province, code) index usable").contains("Index");
  }

  private static int countIn(String province) {
    return tx.execute(status -> {
      if (province != null) {
        jdbc.queryForObject("SELECT set_config('app.province', ?, true)", String.class, province);
      }
      return jdbc.queryForObject("SELECT count(*) FROM model", Integer.class);
    });
  }

  private static void insertModel(String province, String code) {
    tx.executeWithoutResult(status -> {
      jdbc.queryForObject("SELECT set_config('app.province', ?, true)", String.class, province);
      jdbc.update("INSERT INTO model (province, id, code, display_name, name_folded, sector, status) "
          + "VALUES (?, ?, ?, 'Mô hình', 'mo hinh', 'OTHER', 'ACTIVE')", province, UUID.randomUUID(), code);
    });
  }
}

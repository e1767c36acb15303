package vn.antq.test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.persistence.DatabaseProvisioner.ServiceDatabase;

/**
 * A service's database as its row-level-security tests see it: migrated by the owner with the
 * service's own migrations, then used only as the application role through a pool of ONE
 * connection, so that a province setting left on the connection would show in the next query.
 */
public final class AppRoleDatabase implements AutoCloseable {

  private final ServiceDatabase database;
  private final HikariDataSource pool;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  private AppRoleDatabase(ServiceDatabase database) {
    this.database = database;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setUsername(database.appUser());
    config.setPassword(database.appPassword());
    config.setMaximumPoolSize(1);
    this.pool = new HikariDataSource(config);
    this.jdbc = new JdbcTemplate(pool);
    this.tx = new TransactionTemplate(new JdbcTransactionManager(pool));
  }

  /** A new database on the shared PostgreSQL, migrated from {@code classpath:db/migration}. */
  public static AppRoleDatabase migrated(String name) {
    ServiceDatabase database = PostgresFixture.shared().database(name);
    Flyway.configure().dataSource(database.jdbcUrl(), database.ownerUser(), database.ownerPassword())
        .placeholders(Map.of("app_role", database.appUser(), "national_role", database.nationalRole()))
        .load().migrate();
    return new AppRoleDatabase(database);
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  /** Transactions on the one connection; set {@code app.province} inside with {@link #setProvince}. */
  public TransactionTemplate tx() {
    return tx;
  }

  public String nationalRole() {
    return database.nationalRole();
  }

  /** What the service's transaction manager does at the start of every transaction. */
  public void setProvince(String province) {
    jdbc.queryForObject("SELECT set_config('app.province', ?, true)", String.class, province);
  }

  public boolean appRoleIsSuperuserOrBypassesRls() {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class));
  }

  public List<String> tablesOwnedByAppRole() {
    return jdbc.queryForList("SELECT tablename FROM pg_tables WHERE tableowner = current_user", String.class);
  }

  public List<String> tablesWithoutRowLevelSecurity() {
    return jdbc.queryForList("""
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
          AND NOT c.relrowsecurity""", String.class);
  }

  @Override
  public void close() {
    pool.close();
  }
}

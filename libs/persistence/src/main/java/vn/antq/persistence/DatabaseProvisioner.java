package vn.antq.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates a service's database and its roles, as a DBA (or the compose init script, or the
 * CloudNativePG bootstrap) would: an owner that runs migrations; an application role that owns no
 * table and cannot bypass row-level security; and a read-only national role (no login) that the
 * application role may switch to, inside a transaction, for the Ministry's cross-province reads.
 * Idempotent, so a restart re-runs it safely.
 */
public final class DatabaseProvisioner {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,40}");

  private final String adminJdbcUrl;
  private final String adminUser;
  private final String adminPassword;

  /** {@code adminJdbcUrl} points at any database of the server, e.g. {@code jdbc:postgresql://host:5432/postgres}. */
  public DatabaseProvisioner(String adminJdbcUrl, String adminUser, String adminPassword) {
    this.adminJdbcUrl = adminJdbcUrl;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  public ServiceDatabase provision(String database, String ownerPassword, String appPassword) {
    if (!IDENTIFIER.matcher(database).matches()) {
      throw new IllegalArgumentException("not a safe database name: " + database);
    }
    String owner = database + "_owner";
    String app = database + "_app";
    String national = database + "_national";
    try (Connection admin = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
         Statement sql = admin.createStatement()) {
      ensureRole(admin, sql, owner, ownerPassword, "LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB");
      ensureRole(admin, sql, app, appPassword, "LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS");
      if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", national)) {
        sql.execute("CREATE ROLE " + national + " NOLOGIN NOSUPERUSER NOBYPASSRLS");
      }
      // INHERIT FALSE: the application role may switch to the national role (SET ROLE) but does not
      // hold its privileges, so the national_read policy never applies to tenant queries.
      sql.execute("GRANT " + national + " TO " + app + " WITH INHERIT FALSE");
      if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
        sql.execute("CREATE DATABASE " + database + " OWNER " + owner + " ENCODING 'UTF8' TEMPLATE template0");
      }
      sql.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
      sql.execute("GRANT CONNECT ON DATABASE " + database + " TO " + app);
    } catch (SQLException e) {
      throw new IllegalStateException("could not provision database " + database, e);
    }
    String url = adminJdbcUrl.substring(0, adminJdbcUrl.lastIndexOf('/') + 1) + database;
    return new ServiceDatabase(url, owner, ownerPassword, app, appPassword, national);
  }

  private static void ensureRole(Connection admin, Statement sql, String role, String password, String options)
      throws SQLException {
    String verb = exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
    sql.execute(verb + " ROLE " + role + " " + options + " PASSWORD '" + password.replace("'", "''") + "'");
  }

  private static boolean exists(Connection admin, String query, String name) throws SQLException {
    try (PreparedStatement statement = admin.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Where a service connects: migrations as the owner, everything else as the application role. */
  public record ServiceDatabase(String jdbcUrl, String ownerUser, String ownerPassword,
                                String appUser, String appPassword, String nationalRole) {}
}

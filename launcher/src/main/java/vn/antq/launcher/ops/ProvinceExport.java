package vn.antq.launcher.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Exports every row of one province from every service database (each table with a {@code province}
 * column) as CSV with a header, before the province is offboarded. Runs as a database administrator,
 * so it sees every province and filters explicitly.
 */
public final class ProvinceExport {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  private final String adminUrl;
  private final String user;
  private final String password;

  public ProvinceExport(String adminUrl, String user, String password) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
  }

  /** Returns rows exported per {@code database.table}. */
  public Map<String, Long> export(String province, Path directory) {
    Map<String, Long> exported = new LinkedHashMap<>();
    for (String database : databases()) {
      String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        for (String table : provinceTables(connection)) {
          Path file = directory.resolve(database).resolve(table + ".csv");
          Files.createDirectories(file.getParent());
          try (OutputStream out = Files.newOutputStream(file)) {
            // Identifiers come from the catalogue and are checked; the province is a literal: COPY takes no parameters.
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                "COPY (SELECT * FROM " + table + " WHERE province = '" + province.replace("'", "''")
                    + "') TO STDOUT WITH (FORMAT csv, HEADER true)", out);
            exported.put(database + "." + table, rows);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("export from " + database + " failed: " + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return exported;
  }

  private List<String> databases() {
    List<String> databases = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
         PreparedStatement query = connection.prepareStatement(
             "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' ORDER BY datname");
         ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        databases.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list databases: " + e.getMessage(), e);
    }
    return databases;
  }

  private static List<String> provinceTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("""
             SELECT c.table_name FROM information_schema.columns c
             JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = 'public' AND c.column_name = 'province' AND t.table_type = 'BASE TABLE'
             ORDER BY c.table_name""");
         ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String table = rows.getString(1);
        if (IDENTIFIER.matcher(table).matches()) {
          tables.add(table);
        }
      }
    }
    return tables;
  }
}

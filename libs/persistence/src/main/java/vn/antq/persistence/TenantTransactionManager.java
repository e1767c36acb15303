package vn.antq.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import vn.antq.core.Tenant;

/**
 * Opens every transaction for the caller's province, which is what PostgreSQL row-level security
 * policies read ({@code current_setting('app.province', true)}).
 *
 * <p>The setting is transaction-local ({@code set_config(..., true)}): it ends with the commit or
 * rollback, so a pooled connection can never carry one province into the next request. With no
 * province bound, nothing is set and every tenant table looks empty: the failure mode is "no data",
 * never "someone else's data".
 *
 * <p>National reads by the Ministry get a read-only transaction that switches to the database's
 * national role ({@code SET LOCAL ROLE <db>_national}): a role with SELECT grants only, to which a
 * {@code national_read} policy gives every province. Keeping that policy off the application role
 * matters for speed too: two permissive policies are OR-ed, which would stop PostgreSQL from using
 * the (province, ...) indexes on every tenant query.
 */
public class TenantTransactionManager extends JdbcTransactionManager {

  public TenantTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  /** By convention {@code <db>_app} reads nationally as {@code <db>_national} (see DatabaseProvisioner). */
  private static String nationalRole(Connection connection) throws SQLException {
    String user = connection.getMetaData().getUserName();
    if (!user.matches("[a-z][a-z0-9_]*_app")) {
      throw new SQLException("no national role known for database user " + user);
    }
    return user.substring(0, user.length() - "_app".length()) + "_national";
  }

  @Override
  protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
      throws SQLException {
    super.prepareTransactionalConnection(connection, definition);
    if (Tenant.isNationalScope()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET TRANSACTION READ ONLY");
        statement.execute("SET LOCAL ROLE " + nationalRole(connection));
      }
      return;
    }
    String province = Tenant.currentProvince().orElse(null);
    if (province != null) {
      try (PreparedStatement statement =
               connection.prepareStatement("SELECT set_config('app.province', ?, true)")) {
        statement.setString(1, province);
        statement.execute();
      }
    }
  }
}

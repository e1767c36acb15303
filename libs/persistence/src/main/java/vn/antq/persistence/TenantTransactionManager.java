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
 * never "someone else's data". National reads by the Ministry get a read-only transaction with
 * {@code app.scope = 'national'}, which only SELECT policies honour.
 */
public class TenantTransactionManager extends JdbcTransactionManager {

  public TenantTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
      throws SQLException {
    super.prepareTransactionalConnection(connection, definition);
    if (Tenant.isNationalScope()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET TRANSACTION READ ONLY");
        statement.execute("SELECT set_config('app.scope', 'national', true)");
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

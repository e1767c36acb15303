package vn.antq.persistence;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionManager;
import vn.antq.core.NationalAudit;
import vn.antq.core.Transactions;

/**
 * Makes the tenant-aware transaction manager the one {@code @Transactional} uses in every service,
 * gives domains their {@link Transactions}, and keeps the national audit in the service's database.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
public class TenantPersistenceAutoConfiguration {

  @Bean
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnMissingBean(TransactionManager.class)
  TenantTransactionManager transactionManager(DataSource dataSource) {
    return new TenantTransactionManager(dataSource);
  }

  @Bean
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnMissingBean(Transactions.class)
  TenantTransactions tenantTransactions(PlatformTransactionManager manager) {
    return new TenantTransactions(manager);
  }

  @Bean
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnMissingBean(NationalAudit.class)
  JdbcNationalAudit nationalAudit(DataSource dataSource) {
    return new JdbcNationalAudit(dataSource);
  }
}

package vn.antq.persistence;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.TransactionManager;
import vn.antq.core.NationalAudit;

/**
 * Makes the tenant-aware transaction manager the one {@code @Transactional} uses in every service,
 * and keeps the national audit in the service's database.
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
  @ConditionalOnMissingBean(NationalAudit.class)
  JdbcNationalAudit nationalAudit(DataSource dataSource) {
    return new JdbcNationalAudit(dataSource);
  }
}

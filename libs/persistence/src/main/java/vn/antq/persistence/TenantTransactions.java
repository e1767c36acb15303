package vn.antq.persistence;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.core.Transactions;

/** {@link Transactions} on the service's transaction manager, the tenant-aware one unless it defines its own. */
public class TenantTransactions implements Transactions {

  private final TransactionTemplate template;

  public TenantTransactions(PlatformTransactionManager manager) {
    this.template = new TransactionTemplate(manager);
  }

  @Override
  public <T> T run(Supplier<T> work) {
    return template.execute(status -> work.get());
  }
}

package vn.antq.members;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.members.domain.Transactions;

/** The domain's transactions on the tenant-aware transaction manager of libs/persistence. */
final class SpringTransactions implements Transactions {

  private final TransactionTemplate joined;
  private final TransactionTemplate separate;

  SpringTransactions(PlatformTransactionManager manager) {
    this.joined = new TransactionTemplate(manager);
    this.separate = new TransactionTemplate(manager);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return joined.execute(status -> work.get());
  }

  @Override
  public <T> T separately(Supplier<T> work) {
    return separate.execute(status -> work.get());
  }
}

package vn.antq.members.roster;

import java.util.UUID;
import vn.antq.members.domain.Transactions;

/**
 * An import's progress, written in transactions of its own (so a client polling GetImport sees it
 * while the import's writing transaction is still open), at most every {@link #EVERY_MILLIS} ms.
 */
final class Progress {

  static final long EVERY_MILLIS = 300;

  private final ImportStore store;
  private final Transactions transactions;
  private final UUID importId;
  private ImportState state = ImportState.VALIDATING;
  private int total;
  private long lastWrite;

  Progress(ImportStore store, Transactions transactions, UUID importId) {
    this.store = store;
    this.transactions = transactions;
    this.importId = importId;
  }

  void start(ImportState newState, int rowsTotal) {
    state = newState;
    total = rowsTotal;
    write(0);
  }

  void done(int rows) {
    if (System.currentTimeMillis() - lastWrite >= EVERY_MILLIS) {
      write(rows);
    }
  }

  private void write(int rows) {
    lastWrite = System.currentTimeMillis();
    transactions.separately(() -> {
      store.progress(importId, state, total, rows);
      return null;
    });
  }
}

package vn.antq.members.roster;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.members.domain.Page;
import vn.antq.members.domain.Transactions;

/**
 * Starts imports and reports on them. A file is recognised (size, format, encoding) before the
 * call answers; the rest runs in the background, at most a few imports at a time per instance.
 */
public class ImportService {

  public static final int MAX_FILE_NAME = 200;
  public static final int MAX_ERROR_PAGE = 1000;
  public static final int DEFAULT_ERROR_PAGE = 100;
  /**
   * A running import writes its progress at least this often; one silent for longer ran on an
   * instance that stopped (its writing transaction then rolled back, or had committed in full).
   */
  static final Duration STALE_AFTER = Duration.ofMinutes(5);

  private final ImportStore store;
  private final ImportRunner runner;
  private final Background background;
  private final Transactions transactions;
  private final Clock clock;
  private final long maxFileBytes;

  public ImportService(ImportStore store, ImportRunner runner, Background background, Transactions transactions,
                       Clock clock, long maxFileBytes) {
    this.store = store;
    this.runner = runner;
    this.background = background;
    this.transactions = transactions;
    this.clock = clock;
    this.maxFileBytes = maxFileBytes;
  }

  public MemberImport start(String fileName, byte[] content, boolean dryRun, String requestId) {
    if (requestId != null) {
      var earlier = transactions.inTransaction(() -> store.findIdByRequest(requestId));
      if (earlier.isPresent()) {
        return get(earlier.get());
      }
    }
    String name = VietnameseText.clean(fileName);
    if (name != null && name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
      throw new DomainException.InvalidInput("file_name", "must be at most " + MAX_FILE_NAME + " characters");
    }
    RosterFile file = RosterFile.of(name == null || name.isEmpty() ? "(unnamed)" : name, content, maxFileBytes);
    Background.Slot slot = background.reserve().orElseThrow(() ->
        new DomainException.Unavailable("too many imports are running; try again in a few minutes"));
    UUID id = UUID.randomUUID();
    try {
      transactions.inTransaction(() -> {
        store.insert(Tenant.province(), id, requestId, Tenant.caller().subject(), file.fileName(), file.format(),
            dryRun);
        return null;
      });
    } catch (RuntimeException e) {
      slot.release();
      throw e;
    }
    slot.start(() -> runner.run(id, file, dryRun));
    return get(id);
  }

  public MemberImport get(UUID id) {
    MemberImport found = transactions.inTransaction(() -> store.find(id))
        .orElseThrow(() -> new DomainException.NotFound("import " + id));
    boolean stale = found.state().isRunning()
        && found.updateTime().plus(STALE_AFTER).isBefore(clock.instant());
    return stale ? found.interrupted() : found;
  }

  public Page<ImportProblem> errors(UUID id, int pageSize, String cursor) {
    if (pageSize < 0) {
      throw new DomainException.InvalidInput("page_size", "must not be negative");
    }
    int size = pageSize == 0 ? DEFAULT_ERROR_PAGE : Math.min(pageSize, MAX_ERROR_PAGE);
    return transactions.inTransaction(() -> {
      store.find(id).orElseThrow(() -> new DomainException.NotFound("import " + id));
      return store.errors(id, size, cursor);
    });
  }
}

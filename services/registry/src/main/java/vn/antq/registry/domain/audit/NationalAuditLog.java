package vn.antq.registry.domain.audit;

import vn.antq.core.Violations;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.RegistryService;

/** The Ministry's view of who read or decided what across provinces, and when. */
public class NationalAuditLog {

  private final AuditStore store;

  public NationalAuditLog(AuditStore store) {
    this.store = store;
  }

  /** In a national read (read-only, as the national role, which alone may read the audit). */
  public Page<AuditEntry> list(AuditFilter filter, int pageSize, String cursor) {
    new Violations()
        .check(filter.from() == null || filter.to() == null || filter.from().isBefore(filter.to()), "end_time",
            "must be after start_time")
        .check(filter.operation() == null || filter.operation().length() <= 200, "operation",
            "must be at most 200 characters")
        .throwIfAny();
    return store.list(filter, RegistryService.pageSize(pageSize), cursor);
  }
}

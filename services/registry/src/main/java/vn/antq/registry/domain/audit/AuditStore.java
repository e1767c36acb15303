package vn.antq.registry.domain.audit;

import vn.antq.registry.domain.Page;

/** Reads the national audit that libs/persistence appends to; only in a national read. */
public interface AuditStore {

  /** Newest first; {@code cursor} is the last page's {@link Page#nextCursor()}. */
  Page<AuditEntry> list(AuditFilter filter, int pageSize, String cursor);
}

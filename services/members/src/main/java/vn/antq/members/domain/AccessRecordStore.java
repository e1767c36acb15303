package vn.antq.members.domain;

import java.util.Collection;
import java.util.UUID;

/** Access records, append-only. Runs in the caller's transaction (bound to the province by RLS). */
public interface AccessRecordStore {

  void insert(String province, String actor, PersonView view, String purpose, Collection<UUID> persons,
              String operation);

  /** Newest first; {@code personId} null for all persons. */
  Page<AccessRecord> list(UUID personId, int pageSize, String cursor);
}

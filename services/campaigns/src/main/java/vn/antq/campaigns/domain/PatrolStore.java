package vn.antq.campaigns.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of patrols, in the caller's transaction and province. */
public interface PatrolStore {

  Optional<Patrol> find(UUID id);

  Optional<UUID> findIdByRequest(String requestId);

  void insert(UUID id, String province, PatrolDraft patrol, String requestId);

  Page<Patrol> list(ActivityFilter filter, int pageSize, ActivityCursor after);
}

package vn.antq.campaigns.domain;

import java.util.Optional;
import java.util.UUID;

/** Storage of training classes, in the caller's transaction and province. */
public interface TrainingStore {

  Optional<TrainingClass> find(UUID id);

  Optional<UUID> findIdByRequest(String requestId);

  void insert(UUID id, String province, TrainingDraft training, String requestId);

  Page<TrainingClass> list(ActivityFilter filter, int pageSize, ActivityCursor after);
}

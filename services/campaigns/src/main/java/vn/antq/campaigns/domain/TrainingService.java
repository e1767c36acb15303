package vn.antq.campaigns.domain;

import java.util.Optional;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/** Training classes for neighbourhood guards, site protection and mass organisations, fire and rescue. */
public class TrainingService {

  private static final int MAX_TRAINEES = 100_000;
  private static final String PREFIX = "training_class.";

  private final TrainingStore store;
  private final PeriodLocks locks;

  public TrainingService(TrainingStore store, PeriodLocks locks) {
    this.store = store;
    this.locks = locks;
  }

  public TrainingClass create(TrainingDraft draft, String requestId) {
    if (requestId != null) {
      Optional<UUID> earlier = store.findIdByRequest(requestId);
      if (earlier.isPresent()) {
        return get(earlier.get());
      }
    }
    TrainingDraft clean = new TrainingDraft(VietnameseText.clean(draft.title()), draft.audience(),
        Checks.clean(draft.place()), draft.startDate(), draft.trainees());
    Violations violations = new Violations().requireText(clean.title(), PREFIX + "title", Checks.MAX_TITLE);
    Checks.known(violations, clean.audience(), PREFIX + "audience", Audience.class);
    Checks.place(violations, clean.place(), PREFIX + "place");
    Checks.pastDate(violations, clean.startDate(), PREFIX + "start_date");
    Checks.count(violations, clean.trainees(), PREFIX + "trainees", MAX_TRAINEES);
    violations.throwIfAny();
    locks.requireOpen(PREFIX + "start_date", clean.startDate());
    UUID id = UUID.randomUUID();
    store.insert(id, Tenant.province(), clean, requestId);
    return get(id);
  }

  public TrainingClass get(UUID id) {
    return store.find(id).orElseThrow(() -> new DomainException.NotFound("training class " + id));
  }

  public Page<TrainingClass> list(ActivityFilter filter, int pageSize, String cursor) {
    return store.list(filter, Paging.pageSize(pageSize), ActivityCursor.parse(cursor));
  }
}

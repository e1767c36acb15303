package vn.antq.campaigns.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.Violations;

/** Patrols the police hold with militia, border posts, forest rangers and other forces. */
public class PatrolService {

  private final PatrolStore store;
  private final PeriodLocks locks;

  public PatrolService(PatrolStore store, PeriodLocks locks) {
    this.store = store;
    this.locks = locks;
  }

  public Patrol create(PatrolDraft draft, String requestId) {
    return create(draft, requestId, "patrol.");
  }

  /** Creates all of them in the caller's transaction, so either every one is stored or none. */
  public List<Patrol> createAll(List<PatrolDraft> drafts, List<String> requestIds) {
    Batches.validateAll(drafts, "patrol", PatrolService::validate);
    List<Patrol> created = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      created.add(create(drafts.get(i), requestIds.get(i), Batches.prefix(i, "patrol")));
    }
    return created;
  }

  public Patrol get(UUID id) {
    return store.find(id).orElseThrow(() -> new DomainException.NotFound("patrol " + id));
  }

  public Page<Patrol> list(ActivityFilter filter, int pageSize, String cursor) {
    return store.list(filter, Paging.pageSize(pageSize), ActivityCursor.parse(cursor));
  }

  private Patrol create(PatrolDraft draft, String requestId, String prefix) {
    if (requestId != null) {
      Optional<UUID> earlier = store.findIdByRequest(requestId);
      if (earlier.isPresent()) {
        return get(earlier.get());
      }
    }
    PatrolDraft clean = validate(draft, prefix);
    locks.requireOpen(prefix + "date", clean.date());
    UUID id = UUID.randomUUID();
    store.insert(id, Tenant.province(), clean, requestId);
    return get(id);
  }

  private static PatrolDraft validate(PatrolDraft draft, String prefix) {
    Place area = Checks.clean(draft.area());
    Violations violations = new Violations();
    Checks.pastDate(violations, draft.date(), prefix + "date");
    Checks.place(violations, area, prefix + "area");
    violations.check(!draft.partners().isEmpty(), prefix + "partners", "must name at least one partner force");
    Set<PartnerForce> seen = EnumSet.noneOf(PartnerForce.class);
    for (int i = 0; i < draft.partners().size(); i++) {
      PartnerForce partner = draft.partners().get(i);
      String field = prefix + "partners[" + i + "]";
      Checks.known(violations, partner, field, PartnerForce.class);
      violations.check(partner == null || seen.add(partner), field, "appears more than once");
    }
    Checks.known(violations, draft.purpose(), prefix + "purpose", PatrolPurpose.class);
    violations.throwIfAny();
    return new PatrolDraft(draft.date(), area, draft.partners(), draft.purpose());
  }
}

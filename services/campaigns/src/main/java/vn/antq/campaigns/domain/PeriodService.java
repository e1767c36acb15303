package vn.antq.campaigns.domain;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/**
 * Approval of periods, as DHIS2 locks a data set once approved: an administrator approves, the
 * figures are then final; reopening needs a reason, and both land in the period's audit trail.
 */
public class PeriodService {

  private static final Logger AUDIT = LoggerFactory.getLogger("antq.audit");
  private static final int MAX_REASON = 1000;

  private final PeriodStore store;
  private final PeriodLocks locks;

  public PeriodService(PeriodStore store, PeriodLocks locks) {
    this.store = store;
    this.locks = locks;
  }

  public PeriodStatus status(Period period) {
    var lockedBy = locks.lockingPeriod(period.selfAndEnclosing());
    PeriodState state = lockedBy.isEmpty() ? PeriodState.OPEN
        : lockedBy.get().equals(period) ? PeriodState.APPROVED : PeriodState.LOCKED;
    return new PeriodStatus(period, state, lockedBy.orElse(null), store.events(period.id()));
  }

  /** Approving an approved period changes nothing, so a retried call is harmless. */
  public PeriodStatus approve(Period period) {
    String province = Tenant.province();
    store.lockYear(province, period.year(), true);
    if (store.approved(List.of(period.id())).isEmpty()) {
      store.setApproved(period.id(), province, true);
      store.addEvent(period.id(), province, PeriodAction.APPROVE, actor(), "");
      AUDIT.info("period approved province={} period={} actor={}", province, period.id(), actor());
    }
    return status(period);
  }

  public PeriodStatus reopen(Period period, String reason) {
    String cleanReason = VietnameseText.clean(reason);
    new Violations().requireText(cleanReason, "reason", MAX_REASON).throwIfAny();
    String province = Tenant.province();
    store.lockYear(province, period.year(), true);
    PeriodStatus current = status(period);
    if (current.state() == PeriodState.LOCKED) {
      throw new DomainException.FailedPrecondition("period " + period.id() + " is not approved itself but lies in "
          + current.lockedBy().id() + ", which is: reopen that period");
    }
    if (current.state() == PeriodState.OPEN) {
      throw new DomainException.FailedPrecondition("period " + period.id() + " is not approved");
    }
    store.setApproved(period.id(), province, false);
    store.addEvent(period.id(), province, PeriodAction.REOPEN, actor(), cleanReason);
    AUDIT.info("period reopened province={} period={} actor={} reason={}", province, period.id(), actor(), cleanReason);
    return status(period);
  }

  private static String actor() {
    return Objects.requireNonNullElse(Tenant.caller().subject(), "(no subject)");
  }
}

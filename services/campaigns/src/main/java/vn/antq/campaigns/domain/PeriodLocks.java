package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;

/**
 * The lock an approval puts on a period: no record dated in it, and no result reported for it or
 * for a period inside it, changes until a province administrator reopens it. Checks run under the
 * year's database lock, so an approval never slips between a check and the write it guards.
 */
public class PeriodLocks {

  private final PeriodStore store;

  public PeriodLocks(PeriodStore store) {
    this.store = store;
  }

  /** For writes of dated records; {@code field} names the date in the refusal. */
  public void requireOpen(String field, LocalDate... dates) {
    for (LocalDate date : dates) {
      store.lockYear(Tenant.province(), date.getYear(), false);
      lockingPeriod(Period.around(date)).ifPresent(locked -> {
        throw new DomainException.FailedPrecondition(field + " " + date + " lies in period " + locked.id()
            + ", which is approved and locked; a province administrator must reopen it first");
      });
    }
  }

  /**
   * For results of a period. The year is held exclusively: results are few, and this also keeps
   * two reports of one unit from passing the overlap check side by side.
   */
  public void requireOpenExclusive(Period period) {
    store.lockYear(Tenant.province(), period.year(), true);
    lockingPeriod(period.selfAndEnclosing()).ifPresent(locked -> {
      throw new DomainException.FailedPrecondition("period " + period.id()
          + (locked.equals(period) ? " is approved" : " lies in period " + locked.id() + ", which is approved")
          + " and locked; a province administrator must reopen it first");
    });
  }

  /** The innermost approved period among these, listed innermost first. */
  Optional<Period> lockingPeriod(List<Period> innermostFirst) {
    Set<String> approved = store.approved(innermostFirst.stream().map(Period::id).toList());
    return innermostFirst.stream().filter(period -> approved.contains(period.id())).findFirst();
  }
}

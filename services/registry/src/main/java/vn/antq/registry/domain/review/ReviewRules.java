package vn.antq.registry.domain.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.national.ExternalFigures;
import vn.antq.registry.domain.national.ExternalFigures.ActivityFigures;
import vn.antq.registry.domain.national.ExternalFigures.PeriodActivity;
import vn.antq.registry.domain.national.RegistryEvidence;

/**
 * The review's criteria, computed from real figures only: the registry's counts always, activity and
 * awards when their services provided them. A check whose input is missing is not made (the review
 * lists the gap) rather than made on zeros.
 *
 * @param inactiveMonths months without reported activity that flag a model
 * @param unchangedPeriods consecutive periods with identical figures that flag a model
 */
public record ReviewRules(int inactiveMonths, int unchangedPeriods) {

  public Indicators indicators(RegistryEvidence registry, ExternalFigures external, Period period) {
    PeriodActivity activity = external.activity() == null ? null : external.activity().in(period);
    return new Indicators(registry.replicationPoints(), registry.groups(), registry.members(),
        activity == null ? null : activity.activities(), activity == null ? null : activity.tips(),
        activity == null ? null : activity.mediations(),
        external.awards() == null ? null : external.awards().collective() + external.awards().individual());
  }

  /** @param earlier this model's recorded reviews of earlier periods */
  public List<Flag> flags(Period period, Indicators now, Map<Period, Indicators> earlier, ExternalFigures external) {
    List<Flag> flags = new ArrayList<>();
    if (now.replicationPoints() == 0) {
      flags.add(new Flag(Flag.Kind.NO_REPLICATION_POINTS, "no replication point"));
    } else if (now.groups() == 0) {
      flags.add(new Flag(Flag.Kind.NO_GROUPS, "replication points without any group"));
    } else if (now.members() == 0) {
      flags.add(new Flag(Flag.Kind.NO_MEMBERS, "groups without members"));
    }
    if (unchanged(period, now, earlier)) {
      flags.add(new Flag(Flag.Kind.COUNTS_UNCHANGED, "points, groups and members identical for " + unchangedPeriods
          + " periods up to " + period));
    }
    if (external.activity() != null) {
      activityFlags(period, external.activity(), flags);
    }
    return flags;
  }

  private boolean unchanged(Period period, Indicators now, Map<Period, Indicators> earlier) {
    Period back = period;
    for (int i = 1; i < unchangedPeriods; i++) {
      back = back.previous();
      Indicators then = earlier.get(back);
      if (then == null || !then.sameCountsAs(now)) {
        return false;
      }
    }
    return unchangedPeriods > 1;
  }

  private void activityFlags(Period period, ActivityFigures activity, List<Flag> flags) {
    int quiet = (inactiveMonths + Period.MONTHS - 1) / Period.MONTHS;
    boolean inactive = true;
    Period back = period;
    for (int i = 0; i < quiet; i++, back = back.previous()) {
      inactive &= activity.in(back).activities() == 0;
    }
    if (inactive) {
      flags.add(new Flag(Flag.Kind.NO_ACTIVITY, "no activity reported for " + inactiveMonths + " months up to "
          + period));
      return;
    }
    PeriodActivity latest = activity.in(period);
    boolean copied = unchangedPeriods > 1;
    back = period;
    for (int i = 1; i < unchangedPeriods; i++) {
      back = back.previous();
      copied &= activity.in(back).sameFiguresAs(latest);
    }
    if (copied) {
      flags.add(new Flag(Flag.Kind.ACTIVITY_UNCHANGED, "activity figures identical for " + unchangedPeriods
          + " periods up to " + period));
    }
  }
}

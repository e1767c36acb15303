package vn.antq.campaigns.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/**
 * Periodic results of units: tips, surrendered weapons and the like, mediated disputes. A unit
 * reports each stretch of time once (a month or the quarter around it, not both), so a summary
 * adds results up without counting anything twice.
 */
public class ResultsService {

  private static final Pattern UNIT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final int MAX_COUNT = 1_000_000;
  private static final String PREFIX = "unit_results.";

  private final ResultStore store;
  private final PeriodLocks locks;

  public ResultsService(ResultStore store, PeriodLocks locks) {
    this.store = store;
    this.locks = locks;
  }

  /** Creates or replaces the unit's figures for the period. */
  public UnitResults report(Period period, String unit, UnitFigures figures) {
    UnitFigures clean = new UnitFigures(VietnameseText.clean(figures.unitDisplayName()),
        VietnameseText.clean(figures.district()), figures.tipsReceived(), figures.tipsFromDignitaries(),
        figures.weaponsSurrendered(), figures.explosivesSurrendered(), figures.supportToolsSurrendered(),
        figures.fireworksSurrendered(), figures.disputesMediated(), figures.model());
    Violations violations = new Violations()
        .check(unit != null && UNIT.matcher(unit).matches(), PREFIX + "name",
            "the unit id must be 1 to 63 lower-case letters, digits or '-', e.g. ca-huyen-dong-hai")
        .requireText(clean.unitDisplayName(), PREFIX + "unit_display_name", Checks.MAX_NAME)
        .requireText(clean.district(), PREFIX + "district", Checks.MAX_NAME);
    Checks.count(violations, clean.tipsReceived(), PREFIX + "tips_received", MAX_COUNT);
    Checks.count(violations, clean.tipsFromDignitaries(), PREFIX + "tips_from_dignitaries", MAX_COUNT);
    // Compared only with a valid total, so one wrong number is reported once.
    violations.check(clean.tipsReceived() < 0 || clean.tipsFromDignitaries() <= clean.tipsReceived(),
        PREFIX + "tips_from_dignitaries", "must not exceed tips_received");
    Checks.count(violations, clean.weaponsSurrendered(), PREFIX + "weapons_surrendered", MAX_COUNT);
    Checks.count(violations, clean.explosivesSurrendered(), PREFIX + "explosives_surrendered", MAX_COUNT);
    Checks.count(violations, clean.supportToolsSurrendered(), PREFIX + "support_tools_surrendered", MAX_COUNT);
    Checks.count(violations, clean.fireworksSurrendered(), PREFIX + "fireworks_surrendered", MAX_COUNT);
    Checks.count(violations, clean.disputesMediated(), PREFIX + "disputes_mediated", MAX_COUNT);
    violations.throwIfAny();

    locks.requireOpenExclusive(period);
    List<String> overlapping = store.overlappingPeriods(unit, period).stream()
        .filter(other -> !other.equals(period.id())).toList();
    if (!overlapping.isEmpty()) {
      throw new DomainException.FailedPrecondition("unit " + unit + " already reported " + String.join(", ", overlapping)
          + ", which overlaps " + period.id() + "; a unit reports each stretch of time once");
    }
    store.upsert(period, unit, Tenant.province(), clean,
        Objects.requireNonNullElse(Tenant.caller().subject(), "(no subject)"));
    return get(period, unit);
  }

  public UnitResults get(Period period, String unit) {
    return store.find(period, unit)
        .orElseThrow(() -> new DomainException.NotFound("results of unit " + unit + " for period " + period.id()));
  }

  public Page<UnitResults> list(Period period, int pageSize, String afterUnit) {
    return store.list(period, Paging.pageSize(pageSize), afterUnit);
  }
}

package vn.antq.registry.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.national.ExternalFigures.ActivityFigures;
import vn.antq.registry.domain.national.ExternalFigures.AwardFigures;
import vn.antq.registry.domain.national.ExternalFigures.PeriodActivity;
import vn.antq.registry.domain.national.ExternalFigures;
import vn.antq.registry.domain.national.RegistryEvidence;

/** The criteria once a campaigns source provides activity (on this branch it is not available). */
class ReviewRulesTest {

  private static final ReviewRules RULES = new ReviewRules(6, 3);
  private static final Period Q3 = new Period(2025, 3);
  private static final RegistryEvidence REACH = new RegistryEvidence(4, 20, 2_000, 4, 2, null);

  @Test
  void indicatorsPerThousandMembersComeFromReportedResults() {
    ExternalFigures external = activity(new PeriodActivity(Q3, 12, 900, 8, 3))
        .with(new ExternalFigures(null, null, new AwardFigures(1, 2), null));

    Indicators indicators = RULES.indicators(REACH, external, Q3);

    assertThat(indicators.activities()).isEqualTo(12);
    assertThat(indicators.tipsPerThousandMembers()).isEqualTo(4.0);
    assertThat(indicators.mediationsPerThousandMembers()).isEqualTo(1.5);
    assertThat(indicators.awards()).isEqualTo(3);
    assertThat(RULES.flags(Q3, indicators, Map.of(), external)).isEmpty();
  }

  @Test
  void noActivityForSixMonthsIsFlagged() {
    ExternalFigures external = activity(new PeriodActivity(new Period(2025, 1), 5, 100, 1, 0));

    List<Flag> flags = RULES.flags(Q3, RULES.indicators(REACH, external, Q3), Map.of(), external);

    assertThat(flags).extracting(Flag::kind).containsExactly(Flag.Kind.NO_ACTIVITY);
  }

  @Test
  void activityFiguresCopiedPeriodAfterPeriodAreFlagged() {
    ExternalFigures external = activity(new PeriodActivity(Q3, 6, 120, 2, 1),
        new PeriodActivity(new Period(2025, 2), 6, 120, 2, 1), new PeriodActivity(new Period(2025, 1), 6, 120, 2, 1));

    List<Flag> flags = RULES.flags(Q3, RULES.indicators(REACH, external, Q3), Map.of(), external);

    assertThat(flags).extracting(Flag::kind).containsExactly(Flag.Kind.ACTIVITY_UNCHANGED);
  }

  @Test
  void countsUnchangedNeedEveryEarlierPeriodRecorded() {
    Indicators now = RULES.indicators(REACH, ExternalFigures.NONE, Q3);
    Map<Period, Indicators> onlyLastPeriod = Map.of(new Period(2025, 2), now);
    Map<Period, Indicators> bothPeriods = Map.of(new Period(2025, 2), now, new Period(2025, 1), now);

    assertThat(RULES.flags(Q3, now, onlyLastPeriod, ExternalFigures.NONE)).isEmpty();
    assertThat(RULES.flags(Q3, now, bothPeriods, ExternalFigures.NONE)).extracting(Flag::kind)
        .containsExactly(Flag.Kind.COUNTS_UNCHANGED);
    assertThat(now.activities()).as("no campaigns source: not available, not zero").isNull();
  }

  private static ExternalFigures activity(PeriodActivity... periods) {
    return new ExternalFigures(null, new ActivityFigures(List.of(periods)), null, null);
  }
}

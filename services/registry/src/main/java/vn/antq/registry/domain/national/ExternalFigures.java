package vn.antq.registry.domain.national;

import java.util.List;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;

/**
 * What the other services know about one model. A null part was not read — its service is not
 * available or did not answer — and is never to be read as zero.
 */
public record ExternalFigures(MemberFigures members, ActivityFigures activity, AwardFigures awards,
                              WelfareFigures welfare) {

  public static final ExternalFigures NONE = new ExternalFigures(null, null, null, null);

  /** From the members service. */
  public record MemberFigures(long registered, long joinedInLastPeriod) {}

  /** From the campaigns service: activity and results per period, newest first. */
  public record ActivityFigures(List<PeriodActivity> periods) {
    public ActivityFigures {
      periods = List.copyOf(periods);
    }

    /** The period's figures; a period with nothing reported counts as no activity. */
    public PeriodActivity in(Period period) {
      return periods.stream().filter(p -> p.period().equals(period)).findFirst()
          .orElse(new PeriodActivity(period, 0, 0, 0, 0));
    }
  }

  public record PeriodActivity(Period period, long activities, long attendees, long tips, long mediations) {
    public boolean sameFiguresAs(PeriodActivity other) {
      return activities == other.activities && attendees == other.attendees && tips == other.tips
          && mediations == other.mediations;
    }
  }

  /** From the awards service. */
  public record AwardFigures(int collective, int individual) {}

  /** From the welfare service. */
  public record WelfareFigures(int charityHouses, long gifts, long totalVnd) {}

  /** These figures with the parts {@code other} has. */
  public ExternalFigures with(ExternalFigures other) {
    return new ExternalFigures(other.members != null ? other.members : members,
        other.activity != null ? other.activity : activity,
        other.awards != null ? other.awards : awards,
        other.welfare != null ? other.welfare : welfare);
  }

  public boolean has(Section section) {
    return switch (section) {
      case MEMBERS -> members != null;
      case CAMPAIGNS -> activity != null;
      case AWARDS -> awards != null;
      case WELFARE -> welfare != null;
      case REGISTRY -> false;
    };
  }
}

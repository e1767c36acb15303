package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A launch of the movement as a caller describes it; {@link CampaignService} validates and cleans it.
 *
 * @param models ids of registry models of the caller's province
 * @param attendingMembers ids of members of the caller's province who attended
 * @param endDate null: the start date
 */
public record CampaignDraft(String title, Level level, Place place, LocalDate startDate, LocalDate endDate,
                            String organizer, List<UUID> models, int attendees, List<String> attendingMembers,
                            int leaflets, List<Rounds> propaganda) {

  public CampaignDraft {
    models = models == null ? List.of() : List.copyOf(models);
    attendingMembers = attendingMembers == null ? List.of() : List.copyOf(attendingMembers);
    propaganda = propaganda == null ? List.of() : List.copyOf(propaganda);
  }

  public int roundsOn(Channel channel) {
    return propaganda.stream().filter(r -> r.channel() == channel).mapToInt(Rounds::rounds).sum();
  }
}

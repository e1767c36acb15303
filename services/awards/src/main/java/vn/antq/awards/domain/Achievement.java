package vn.antq.awards.domain;

import java.time.LocalDate;
import java.util.List;

/** What an award is for: a period's results (timeliness counts from its end) and a citation. */
public record Achievement(LocalDate periodStart, LocalDate periodEnd, String citation, List<String> campaignIds) {

  public Achievement {
    campaignIds = campaignIds == null ? List.of() : List.copyOf(campaignIds);
  }
}

package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.util.List;

/** A forum "Công an lắng nghe ý kiến Nhân dân" as a caller describes it. */
public record ForumDraft(LocalDate date, Place place, int attendees, List<OpinionDraft> opinions) {

  public ForumDraft {
    opinions = opinions == null ? List.of() : List.copyOf(opinions);
  }
}

package vn.antq.campaigns.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/** Forums "Công an lắng nghe ý kiến Nhân dân" and the follow-up of the opinions raised there. */
public class ForumService {

  private static final int MAX_ATTENDEES = 100_000;
  private static final int MAX_OPINIONS = 500;

  private final ForumStore store;
  private final PeriodLocks locks;

  public ForumService(ForumStore store, PeriodLocks locks) {
    this.store = store;
    this.locks = locks;
  }

  public Forum create(ForumDraft draft, String requestId) {
    if (requestId != null) {
      Optional<UUID> earlier = store.findIdByRequest(requestId);
      if (earlier.isPresent()) {
        return get(earlier.get());
      }
    }
    ForumDraft clean = validate(draft);
    locks.requireOpen("forum.date", clean.date());
    UUID id = UUID.randomUUID();
    store.insert(id, Tenant.province(), clean, requestId);
    return get(id);
  }

  public Forum get(UUID id) {
    return store.find(id).orElseThrow(() -> new DomainException.NotFound("forum " + id));
  }

  public Page<Forum> list(ActivityFilter filter, int pageSize, String cursor) {
    return store.list(filter, Paging.pageSize(pageSize), ActivityCursor.parse(cursor));
  }

  /**
   * Moves an opinion's follow-up along. Not subject to the period lock: follow-up goes on after
   * the figures are approved and changes none of them.
   */
  public Opinion updateFollowUp(UUID forumId, UUID opinionId, FollowUpStatus status) {
    Violations violations = new Violations();
    Checks.known(violations, status, "opinion.follow_up_status", FollowUpStatus.class);
    violations.throwIfAny();
    findOpinion(forumId, opinionId);
    store.updateFollowUp(opinionId, status);
    return findOpinion(forumId, opinionId);
  }

  private Opinion findOpinion(UUID forumId, UUID opinionId) {
    return store.findOpinion(forumId, opinionId)
        .orElseThrow(() -> new DomainException.NotFound("opinion " + opinionId + " of forum " + forumId));
  }

  private static ForumDraft validate(ForumDraft draft) {
    Place place = Checks.clean(draft.place());
    List<OpinionDraft> opinions = new ArrayList<>();
    Violations violations = new Violations();
    Checks.pastDate(violations, draft.date(), "forum.date");
    Checks.place(violations, place, "forum.place");
    Checks.count(violations, draft.attendees(), "forum.attendees", MAX_ATTENDEES);
    violations.check(draft.opinions().size() <= MAX_OPINIONS, "forum.opinions", "must list at most " + MAX_OPINIONS);
    for (int i = 0; i < draft.opinions().size(); i++) {
      OpinionDraft opinion = draft.opinions().get(i);
      String field = "forum.opinions[" + i + "]";
      String text = VietnameseText.clean(opinion.text());
      Checks.known(violations, opinion.topic(), field + ".topic", OpinionTopic.class);
      violations.requireText(text, field + ".text", Checks.MAX_TEXT);
      opinions.add(new OpinionDraft(opinion.topic(), text,
          opinion.followUpStatus() == null ? FollowUpStatus.RECEIVED : opinion.followUpStatus()));
    }
    violations.throwIfAny();
    return new ForumDraft(draft.date(), place, draft.attendees(), opinions);
  }
}

package vn.antq.campaigns.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/**
 * Launches of the movement: what a valid one is, idempotent creation and the period lock. Whether
 * the linked models exist is asked of the registry by {@link LinkedModels}, before the transaction
 * that stores the launch opens.
 */
public class CampaignService {

  public static final List<String> UPDATABLE = List.of("title", "level", "place", "start_date", "end_date",
      "organizer", "models", "attendees", "attending_members", "leaflets", "propaganda");
  private static final int MAX_ATTENDEES = 1_000_000;
  private static final int MAX_LEAFLETS = 10_000_000;
  private static final int MAX_ROUNDS = 100_000;
  private static final int MAX_MODELS = 100;
  private static final int MAX_DAYS = 366;

  private final CampaignStore store;
  private final PeriodLocks locks;

  public CampaignService(CampaignStore store, PeriodLocks locks) {
    this.store = store;
    this.locks = locks;
  }

  /**
   * The stored form of a draft (NFC text, end date defaulted to the start) once every rule that
   * needs no other service holds; field paths start with {@code prefix}, e.g. "campaign.".
   */
  public CampaignDraft validate(CampaignDraft draft, String prefix) {
    CampaignDraft clean = clean(draft);
    Violations violations = new Violations()
        .requireText(clean.title(), prefix + "title", Checks.MAX_TITLE)
        .requireText(clean.organizer(), prefix + "organizer", Checks.MAX_NAME);
    Checks.known(violations, clean.level(), prefix + "level", Level.class);
    Checks.place(violations, clean.place(), prefix + "place");
    Checks.pastDate(violations, clean.startDate(), prefix + "start_date");
    if (clean.startDate() != null) {
      violations.check(!clean.endDate().isBefore(clean.startDate()), prefix + "end_date",
          "must not be before start_date");
      violations.check(!clean.endDate().isAfter(clean.startDate().plusDays(MAX_DAYS)), prefix + "end_date",
          "must be at most a year after start_date");
    }
    Checks.count(violations, clean.attendees(), prefix + "attendees", MAX_ATTENDEES);
    Checks.count(violations, clean.leaflets(), prefix + "leaflets", MAX_LEAFLETS);
    violations.check(clean.models().size() <= MAX_MODELS, prefix + "models", "must list at most " + MAX_MODELS);
    violations.check(distinct(clean.models()), prefix + "models", "lists a model more than once");
    violations.check(clean.attendingMembers().size() <= Math.max(0, clean.attendees()),
        prefix + "attending_members", "lists more members than attendees");
    violations.check(distinct(clean.attendingMembers()), prefix + "attending_members",
        "lists a member more than once");
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (int i = 0; i < clean.propaganda().size(); i++) {
      Rounds rounds = clean.propaganda().get(i);
      String field = prefix + "propaganda[" + i + "]";
      Checks.known(violations, rounds.channel(), field + ".channel", Channel.class);
      violations.check(rounds.channel() == null || channels.add(rounds.channel()), field + ".channel",
          "appears more than once");
      Checks.count(violations, rounds.rounds(), field + ".rounds", MAX_ROUNDS);
    }
    violations.throwIfAny();
    return clean;
  }

  /** {@link #validate} of every draft of a batch, reporting the violations of all of them at once. */
  public List<CampaignDraft> validateAll(List<CampaignDraft> drafts) {
    return Batches.validateAll(drafts, "campaign", this::validate);
  }

  public Campaign create(CampaignDraft draft, String requestId) {
    return create(draft, requestId, "campaign.");
  }

  /** Creates all of them in the caller's transaction, so either every one is stored or none. */
  public List<Campaign> createAll(List<CampaignDraft> drafts, List<String> requestIds) {
    validateAll(drafts);
    List<Campaign> created = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      created.add(create(drafts.get(i), requestIds.get(i), Batches.prefix(i, "campaign")));
    }
    return created;
  }

  public Campaign get(UUID id) {
    return store.find(id).orElseThrow(() -> new DomainException.NotFound("campaign " + id));
  }

  public Page<Campaign> list(ActivityFilter filter, int pageSize, String cursor) {
    return store.list(filter, Paging.pageSize(pageSize), ActivityCursor.parse(cursor));
  }

  /** {@code changes} carries the new values of the fields named in {@code fields}; the others keep theirs. */
  public Campaign update(UUID id, CampaignDraft changes, List<String> fields) {
    Violations unknown = new Violations();
    fields.forEach(field -> unknown.check(UPDATABLE.contains(field), "update_mask", "field " + field + " cannot be changed"));
    unknown.throwIfAny();
    Campaign current = get(id);
    CampaignDraft was = current.details();
    CampaignDraft merged = new CampaignDraft(
        fields.contains("title") ? changes.title() : was.title(),
        fields.contains("level") ? changes.level() : was.level(),
        fields.contains("place") ? changes.place() : was.place(),
        fields.contains("start_date") ? changes.startDate() : was.startDate(),
        fields.contains("end_date") ? changes.endDate() : was.endDate(),
        fields.contains("organizer") ? changes.organizer() : was.organizer(),
        fields.contains("models") ? changes.models() : was.models(),
        fields.contains("attendees") ? changes.attendees() : was.attendees(),
        fields.contains("attending_members") ? changes.attendingMembers() : was.attendingMembers(),
        fields.contains("leaflets") ? changes.leaflets() : was.leaflets(),
        fields.contains("propaganda") ? changes.propaganda() : was.propaganda());
    CampaignDraft clean = validate(merged, "campaign.");
    // Both dates: moving a launch out of a locked period changes that period's figures too.
    locks.requireOpen("campaign.start_date", was.startDate(), clean.startDate());
    store.update(id, clean);
    return get(id);
  }

  private Campaign create(CampaignDraft draft, String requestId, String prefix) {
    if (requestId != null) {
      Optional<UUID> earlier = store.findIdByRequest(requestId);
      if (earlier.isPresent()) {
        return get(earlier.get());
      }
    }
    CampaignDraft clean = validate(draft, prefix);
    locks.requireOpen(prefix + "start_date", clean.startDate());
    UUID id = UUID.randomUUID();
    store.insert(id, Tenant.province(), clean, requestId);
    return get(id);
  }

  private static CampaignDraft clean(CampaignDraft draft) {
    return new CampaignDraft(VietnameseText.clean(draft.title()), draft.level(), Checks.clean(draft.place()),
        draft.startDate(), draft.endDate() == null ? draft.startDate() : draft.endDate(),
        VietnameseText.clean(draft.organizer()), draft.models(), draft.attendees(), draft.attendingMembers(),
        draft.leaflets(), draft.propaganda());
  }

  private static boolean distinct(List<?> values) {
    return new HashSet<>(values).size() == values.size();
  }
}

package vn.antq.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/**
 * The registry's rules: what a valid model, point and group is, how a model's status may move,
 * idempotent creation, and member counts kept from the members service. The caller's province comes
 * from {@link Tenant}; the store only sees rows of that province.
 */
public class RegistryService {

  public static final int MAX_NAME = 200;
  public static final int MAX_DESCRIPTION = 4000;
  public static final int MAX_PAGE_SIZE = 500;
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_BATCH = 5000;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
  private static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);

  private final RegistryStore store;
  private final MemberCountSource memberCounts;

  public RegistryService(RegistryStore store, MemberCountSource memberCounts) {
    this.store = store;
    this.memberCounts = memberCounts;
  }

  public Model createModel(ModelDraft draft, String requestId) {
    if (requestId != null) {
      var earlier = store.findModelIdByRequest(requestId);
      if (earlier.isPresent()) {
        return getModel(earlier.get());
      }
    }
    ModelDraft clean = clean(draft);
    Violations violations = validate(clean, "model.");
    violations.check(clean.code() != null && CODE.matcher(clean.code()).matches(), "model.code",
        "must be 2-40 letters, digits or '-', e.g. BL-NGUDAN-01");
    violations.check(clean.status() == null || !clean.status().needsARecord(), "model.status",
        "a new model is DRAFT or ACTIVE");
    violations.throwIfAny();
    if (store.findModelByCode(clean.code()).isPresent()) {
      throw new DomainException.AlreadyExists("model.code", "a model with code " + clean.code() + " already exists in this province");
    }
    UUID id = UUID.randomUUID();
    ModelDraft stored = new ModelDraft(clean.code(), clean.displayName(), clean.sector(), clean.description(),
        clean.status() == null ? ModelStatus.DRAFT : clean.status(), clean.establishedDate());
    store.insertModel(id, Tenant.province(), stored, requestId);
    return getModel(id);
  }

  public Model getModel(UUID id) {
    return store.findModel(id).orElseThrow(() -> new DomainException.NotFound("model " + id));
  }

  /** The model an earlier create with this request id made, for idempotent retries. */
  public Optional<Model> findModelByRequest(String requestId) {
    return store.findModelIdByRequest(requestId).map(this::getModel);
  }

  /** Stores text fields taken from a template version, which was validated when it was written. */
  public void replaceText(UUID id, ModelDraft draft) {
    store.updateModel(id, draft);
  }

  /** {@code changes} carries the new values for the fields named in {@code fields}; others keep their value. */
  public Model updateModel(UUID id, ModelDraft changes, List<String> fields) {
    Model current = getModel(id);
    ModelDraft clean = clean(changes);
    Violations violations = new Violations();
    for (String field : fields) {
      violations.check(List.of("display_name", "sector", "description", "status", "established_date").contains(field),
          "update_mask", "field " + field + " cannot be changed");
    }
    violations.throwIfAny();
    ModelDraft merged = new ModelDraft(current.code(),
        fields.contains("display_name") ? clean.displayName() : current.displayName(),
        fields.contains("sector") ? clean.sector() : current.sector(),
        fields.contains("description") ? clean.description() : current.description(),
        fields.contains("status") ? clean.status() : current.status(),
        fields.contains("established_date") ? clean.establishedDate() : current.establishedDate());
    validate(merged, "model.").throwIfAny();
    if (merged.status() != current.status() && merged.status().needsARecord()) {
      throw new DomainException.InvalidInput("model.status",
          merged.status() + " is set by WarnModel or RetireModel, which record why");
    }
    if (!current.status().canBecome(merged.status())) {
      throw new DomainException.FailedPrecondition(
          "a model cannot move from " + current.status() + " to " + merged.status());
    }
    store.updateModel(id, merged);
    return getModel(id);
  }

  public Page<Model> listModels(ModelFilter filter, int pageSize, String cursor) {
    return store.listModels(filter, pageSize(pageSize), cursor);
  }

  public ReplicationPoint createPoint(UUID modelId, String displayName, String commune, String district,
                                     LocalDate establishedDate, String requestId) {
    if (requestId != null) {
      var earlier = store.findPointIdByRequest(requestId);
      if (earlier.isPresent()) {
        return getPoint(modelId, earlier.get());
      }
    }
    Model model = getModel(modelId);
    String name = VietnameseText.clean(displayName);
    String cleanCommune = VietnameseText.clean(commune);
    String cleanDistrict = VietnameseText.clean(district);
    new Violations()
        .requireText(name, "replication_point.display_name", MAX_NAME)
        .requireText(cleanCommune, "replication_point.commune", MAX_NAME)
        .requireText(cleanDistrict, "replication_point.district", MAX_NAME)
        .check(validDate(establishedDate), "replication_point.established_date", "must be between 1945-09-02 and today")
        .throwIfAny();
    if (model.status() == ModelStatus.RETIRED) {
      throw new DomainException.FailedPrecondition("model " + model.code() + " is retired");
    }
    UUID id = UUID.randomUUID();
    store.insertPoint(id, Tenant.province(), modelId, name, cleanCommune, cleanDistrict, establishedDate, requestId);
    return getPoint(modelId, id);
  }

  public ReplicationPoint getPoint(UUID modelId, UUID pointId) {
    return store.findPoint(modelId, pointId)
        .orElseThrow(() -> new DomainException.NotFound("replication point " + pointId + " of model " + modelId));
  }

  public Page<ReplicationPoint> listPoints(UUID modelId, int pageSize, String cursor) {
    getModel(modelId);
    return store.listPoints(modelId, pageSize(pageSize), cursor);
  }

  public Group createGroup(UUID modelId, UUID pointId, String displayName, String leaderName, int memberCount,
                           String requestId) {
    if (requestId != null) {
      var earlier = store.findGroupIdByRequest(requestId);
      if (earlier.isPresent()) {
        return getGroup(modelId, pointId, earlier.get());
      }
    }
    if (store.findPoint(modelId, pointId).isEmpty()) {
      if (store.pointExistsElsewhere(pointId)) {
        throw new DomainException.InvalidInput("parent", "replication point " + pointId + " belongs to another model");
      }
      throw new DomainException.NotFound("replication point " + pointId + " of model " + modelId);
    }
    String name = VietnameseText.clean(displayName);
    String leader = VietnameseText.clean(leaderName);
    new Violations()
        .requireText(name, "group.display_name", MAX_NAME)
        .optionalText(leader, "group.leader_name", MAX_NAME)
        .check(memberCount == 0, "group.member_count",
            "is counted from the members service's memberships; leave it unset")
        .throwIfAny();
    UUID id = UUID.randomUUID();
    store.insertGroup(id, Tenant.province(), modelId, pointId, name, leader == null ? "" : leader, requestId);
    return getGroup(modelId, pointId, id);
  }

  public Group getGroup(UUID modelId, UUID pointId, UUID groupId) {
    return store.findGroup(modelId, pointId, groupId)
        .orElseThrow(() -> new DomainException.NotFound("group " + groupId));
  }

  public Page<Group> listGroups(UUID modelId, UUID pointId, int pageSize, String cursor) {
    getPoint(modelId, pointId);
    return store.listGroups(modelId, pointId, pageSize(pageSize), cursor);
  }

  /** The province's groups among {@code ids}, wherever they sit; unknown ids are left out. */
  public List<Group> batchGetGroups(List<UUID> ids) {
    checkBatch(ids);
    return ids.isEmpty() ? List.of() : store.findGroups(ids);
  }

  /**
   * Member counts are refreshed in three steps, so that no database transaction stays open while the
   * members service answers: the groups to refresh (the given ones, or all of the province) ...
   */
  public List<UUID> groupsToRefresh(List<UUID> ids) {
    checkBatch(ids);
    return ids.isEmpty() ? store.allGroupIds() : ids;
  }

  /** ... their counts, read from the members service outside any transaction ... */
  public List<MemberCount> readMemberCounts(List<UUID> groupIds) {
    List<MemberCount> counts = new java.util.ArrayList<>(groupIds.size());
    for (int from = 0; from < groupIds.size(); from += MAX_BATCH) {
      counts.addAll(memberCounts.countsOf(groupIds.subList(from, Math.min(groupIds.size(), from + MAX_BATCH))));
    }
    return counts;
  }

  /**
   * ... and kept: a count replaces the kept one only if its version is not older, so a slow refresh
   * that overtakes a newer one changes nothing. Returns the counts now kept for those groups.
   */
  public List<MemberCount> keepMemberCounts(List<MemberCount> counts) {
    if (counts.isEmpty()) {
      return List.of();
    }
    store.keepMemberCounts(counts);
    return store.memberCounts(counts.stream().map(MemberCount::groupId).toList());
  }

  /** Puts an active model under review; the warning says why. */
  public Model warn(UUID id, String reason) {
    Model model = getModel(id);
    String clean = VietnameseText.clean(reason);
    new Violations().requireText(clean, "reason", MAX_DESCRIPTION).throwIfAny();
    if (model.status() != ModelStatus.ACTIVE) {
      throw new DomainException.FailedPrecondition("only an ACTIVE model can be warned; " + model.code() + " is "
          + model.status());
    }
    store.warn(id, clean);
    return getModel(id);
  }

  /** Retires a warned model by a decision; nothing under it is deleted. */
  public Model retire(UUID id, Decision decision, String reason) {
    Model model = getModel(id);
    Violations violations = new Violations();
    Decision clean = Decision.checked(decision.number(), decision.date(), "decision", violations);
    String why = VietnameseText.clean(reason);
    violations.requireText(why, "reason", MAX_DESCRIPTION).throwIfAny();
    if (model.status() != ModelStatus.UNDER_REVIEW && model.status() != ModelStatus.DRAFT) {
      throw new DomainException.FailedPrecondition("a running model is retired after a warning (WarnModel); "
          + model.code() + " is " + model.status());
    }
    store.retire(id, clean, why);
    return getModel(id);
  }

  public ProvinceCounts counts() {
    return store.counts(Tenant.province());
  }

  /** National figures: one row per province that has data, plus the sum. */
  public List<ProvinceCounts> countsPerProvince() {
    return store.countsPerProvince();
  }

  private static void checkBatch(List<UUID> ids) {
    if (ids.size() > MAX_BATCH) {
      throw new DomainException.InvalidInput("group_ids", "at most " + MAX_BATCH + " ids per call");
    }
  }

  public static int pageSize(int requested) {
    if (requested < 0) {
      throw new DomainException.InvalidInput("page_size", "must not be negative");
    }
    return requested == 0 ? DEFAULT_PAGE_SIZE : Math.min(requested, MAX_PAGE_SIZE);
  }

  private static ModelDraft clean(ModelDraft draft) {
    String code = draft.code() == null ? null : draft.code().strip().toUpperCase(java.util.Locale.ROOT);
    String description = VietnameseText.clean(draft.description());
    return new ModelDraft(code, VietnameseText.clean(draft.displayName()), draft.sector(),
        description == null ? "" : description, draft.status(), draft.establishedDate());
  }

  private static Violations validate(ModelDraft draft, String prefix) {
    return new Violations()
        .requireText(draft.displayName(), prefix + "display_name", MAX_NAME)
        .optionalText(draft.description(), prefix + "description", MAX_DESCRIPTION)
        .check(draft.sector() != null, prefix + "sector", "must be one of " + java.util.Arrays.toString(Sector.values()))
        .check(validDate(draft.establishedDate()), prefix + "established_date", "must be between 1945-09-02 and today");
  }

  public static boolean validDate(LocalDate date) {
    return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now()));
  }
}

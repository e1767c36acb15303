package vn.antq.campaigns.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.antq.core.Violations;

/**
 * Launches link models the registry owns. Checked before the transaction that stores the launch
 * opens, so no database connection waits on another service.
 */
public class LinkedModels {

  private final ModelDirectory directory;

  public LinkedModels(ModelDirectory directory) {
    this.directory = directory;
  }

  /** One model named in {@code field}: it must exist in the caller's province. */
  public void requireExisting(String field, UUID model) {
    new Violations().check(directory.missing(Set.of(model)).isEmpty(), field,
        "names no model in this province's registry").throwIfAny();
  }

  /**
   * Every listed model must exist in the caller's province; the registry is asked once per
   * distinct model.
   *
   * @param modelsByField the model ids listed in each repeated field, e.g. "campaign.models"
   */
  public void requireExisting(Map<String, List<UUID>> modelsByField) {
    Set<UUID> distinct = new LinkedHashSet<>();
    modelsByField.values().forEach(distinct::addAll);
    if (distinct.isEmpty()) {
      return;
    }
    Set<UUID> missing = directory.missing(distinct);
    Violations violations = new Violations();
    modelsByField.forEach((field, models) -> {
      for (int i = 0; i < models.size(); i++) {
        violations.check(!missing.contains(models.get(i)), field + "[" + i + "]",
            "names no model in this province's registry");
      }
    });
    violations.throwIfAny();
  }
}

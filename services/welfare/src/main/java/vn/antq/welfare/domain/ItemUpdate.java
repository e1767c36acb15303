package vn.antq.welfare.domain;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.antq.core.Violations;

/** Applies a partial update: the fields named in the mask take the new values, the others keep theirs. */
public final class ItemUpdate {

  private static final Set<String> FIELDS = Set.of("kind", "house_work", "display_name", "description", "quantity",
      "unit", "value", "commune", "district", "start_date", "handover_date", "status", "model", "campaign",
      "beneficiary");

  private final ItemDraft changes;
  private final List<String> fields;

  private ItemUpdate(ItemDraft changes, List<String> fields) {
    this.changes = changes;
    this.fields = fields;
  }

  /** @throws vn.antq.core.DomainException.InvalidInput for a field that does not exist or cannot change */
  public static ItemUpdate of(ItemDraft changes, List<String> fields) {
    Violations violations = new Violations().check(!fields.isEmpty(), "update_mask", "names no field to change");
    for (String field : fields) {
      violations.check(FIELDS.contains(field), "update_mask", "field " + field + " cannot be changed");
    }
    violations.throwIfAny();
    return new ItemUpdate(changes, fields);
  }

  public boolean sets(String field) {
    return fields.contains(field);
  }

  public ItemDraft changes() {
    return changes;
  }

  /** The item after the update; a new kind without a new unit takes the kind's own unit. */
  public ItemDraft applyTo(ItemDraft current) {
    QuantityUnit unit = sets("unit") ? changes.unit() : sets("kind") ? null : current.unit();
    return new ItemDraft(pick("kind", ItemDraft::kind, current), pick("house_work", ItemDraft::houseWork, current),
        pick("display_name", ItemDraft::displayName, current), pick("description", ItemDraft::description, current),
        pick("quantity", ItemDraft::quantity, current), unit, pick("value", ItemDraft::value, current),
        pick("commune", ItemDraft::commune, current), pick("district", ItemDraft::district, current),
        pick("start_date", ItemDraft::startDate, current), pick("handover_date", ItemDraft::handoverDate, current),
        pick("status", ItemDraft::status, current), pick("model", ItemDraft::model, current),
        pick("campaign", ItemDraft::campaign, current), pick("beneficiary", ItemDraft::beneficiary, current));
  }

  private <T> T pick(String field, Function<ItemDraft, T> value, ItemDraft current) {
    return value.apply(sets(field) ? changes : current);
  }
}

package vn.antq.welfare.domain;

import vn.antq.core.Dates;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/** What a valid welfare item is. Field paths are those of the contract's request messages. */
public final class ItemRules {

  public static final String PREFIX = "welfare_item.";
  private static final int MAX_NAME = 200;
  private static final int MAX_DESCRIPTION = 4000;
  private static final long MAX_QUANTITY = 1_000_000_000L;

  private ItemRules() {}

  /** NFC text, empty links as null, and the kind's own unit when none is given. */
  public static ItemDraft clean(ItemDraft draft) {
    String description = VietnameseText.clean(draft.description());
    QuantityUnit unit = draft.unit() == null && draft.kind() != null ? draft.kind().unit() : draft.unit();
    return new ItemDraft(draft.kind(), draft.houseWork(), VietnameseText.clean(draft.displayName()),
        description == null ? "" : description, draft.quantity(), unit, draft.value(),
        VietnameseText.clean(draft.commune()), VietnameseText.clean(draft.district()), draft.startDate(),
        draft.handoverDate(), draft.status(), emptyToNull(draft.model()), emptyToNull(draft.campaign()),
        emptyToNull(draft.beneficiary()));
  }

  /**
   * Checks every field at once and resolves the links of the caller's province.
   *
   * @throws vn.antq.core.DomainException.InvalidInput listing every invalid field
   */
  public static ItemLinks validate(ItemDraft item, String province) {
    Violations violations = new Violations()
        .check(item.kind() != null, PREFIX + "kind", "is required")
        .requireText(item.displayName(), PREFIX + "display_name", MAX_NAME)
        .optionalText(item.description(), PREFIX + "description", MAX_DESCRIPTION)
        .requireText(item.commune(), PREFIX + "commune", MAX_NAME)
        .requireText(item.district(), PREFIX + "district", MAX_NAME)
        .check(item.quantity() >= 1, PREFIX + "quantity", "must be at least 1")
        .check(item.quantity() <= MAX_QUANTITY, PREFIX + "quantity", "must be at most " + MAX_QUANTITY)
        .check(item.value() >= 0, PREFIX + "value", "must not be negative")
        .check(item.value() <= Money.MAX_VND, PREFIX + "value", "must be at most " + Money.MAX_VND + " đồng")
        .check(item.status() != null, PREFIX + "status", "is required")
        .check(Dates.plannable(item.startDate()), PREFIX + "start_date",
            "must be between 1945-09-02 and ten years from today")
        .check(Dates.pastOrToday(item.handoverDate()), PREFIX + "handover_date",
            "must be between 1945-09-02 and today");
    if (item.kind() != null) {
      checkKind(item, violations);
    }
    if (item.startDate() != null && item.handoverDate() != null && item.handoverDate().isBefore(item.startDate())) {
      violations.add(PREFIX + "handover_date", "must not be before start_date");
    }
    if (item.status() == WelfareStatus.HANDED_OVER) {
      violations.check(item.handoverDate() != null, PREFIX + "handover_date", "is required once handed over");
    } else if (item.status() != null) {
      violations.check(item.handoverDate() == null, PREFIX + "handover_date", "is set only once handed over");
    }
    ItemLinks links = new ItemLinks(
        Links.uuid(item.model(), province, "models", PREFIX + "model", violations),
        Links.campaignId(item.campaign(), province, PREFIX + "campaign", violations),
        Links.uuid(item.beneficiary(), province, "beneficiaries", PREFIX + "beneficiary", violations));
    violations.throwIfAny();
    return links;
  }

  private static void checkKind(ItemDraft item, Violations violations) {
    WelfareKind kind = item.kind();
    if (item.unit() == null) {
      violations.add(PREFIX + "unit", "is required for " + kind);
    } else if (!kind.fits(item.unit())) {
      violations.add(PREFIX + "unit", kind + " is counted in " + kind.unit() + ", not " + item.unit());
    }
    if (kind == WelfareKind.CHARITY_HOUSE) {
      violations.check(item.houseWork() != null, PREFIX + "house_work", "is required for a charity house (NEW_BUILD or REPAIR)");
    } else {
      violations.check(item.houseWork() == null, PREFIX + "house_work", "applies to charity houses only");
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

package vn.antq.awards.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.antq.core.Dates;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/**
 * The shape of a nomination: what each recipient type needs, a form this province awards to that
 * type, a real period, a citation. Field paths are the contract's, under {@code nomination.}.
 */
public final class NominationRules {

  static final String PREFIX = "nomination.";
  private static final String RECIPIENT = PREFIX + "recipient.";
  private static final int MAX_CAMPAIGNS = 50;

  private NominationRules() {}

  public static NominationDraft validate(NominationInput input, String province, AwardSettings settings) {
    Violations violations = new Violations();
    String displayName = VietnameseText.clean(input.displayName());
    String unit = VietnameseText.clean(input.unit());
    String citation = VietnameseText.clean(input.citation());
    violations.optionalText(displayName, RECIPIENT + "display_name", 200);
    violations.optionalText(unit, RECIPIENT + "unit", 300);
    violations.requireText(citation, PREFIX + "achievement.citation", 2000);
    violations.check(input.issuingLevel() != null, PREFIX + "issuing_level", "is required");

    RecipientType type = input.type();
    UUID modelId = Links.uuid(input.model(), province, "models", RECIPIENT + "model", violations);
    UUID personId = Links.uuid(input.person(), province, "persons", RECIPIENT + "person", violations);
    String group = empty(input.group()) ? null : input.group();
    if (group != null) {
      UUID groupModel = Links.groupModel(group, province, RECIPIENT + "group", violations);
      if (modelId != null && groupModel != null && !modelId.equals(groupModel)) {
        violations.add(RECIPIENT + "model", "is not the model of the group");
      }
      modelId = modelId != null ? modelId : groupModel;
    }
    if (type == null) {
      violations.add(RECIPIENT + "type", "is required: COLLECTIVE or INDIVIDUAL");
    } else if (type == RecipientType.COLLECTIVE) {
      violations.check(personId == null, RECIPIENT + "person", "is for an individual recipient");
      violations.check(modelId != null || group != null || !empty(displayName), RECIPIENT + "display_name",
          "is required for a collective that is not a model or group of the registry");
    } else {
      violations.check(group == null, RECIPIENT + "group", "is for a collective recipient");
      if (personId == null) {
        violations.check(!empty(displayName), RECIPIENT + "display_name",
            "is required for an individual who is not a member (with the unit)");
        violations.check(!empty(unit), RECIPIENT + "unit", "is required for an individual who is not a member");
      }
    }

    String form = input.form() == null ? "" : input.form().trim();
    if (form.isEmpty()) {
      violations.add(PREFIX + "form", "is required");
    } else {
      settings.form(province, form).ifPresentOrElse(found -> {
        if (type != null && !found.allows(type)) {
          violations.add(PREFIX + "form", found.displayName() + " is not awarded to a " + type);
        }
      }, () -> violations.add(PREFIX + "form", "'" + form + "' is not an award form of this province"));
    }

    if (input.periodStart() == null) {
      violations.add(PREFIX + "achievement.period_start", "is required");
    }
    if (input.periodEnd() == null) {
      violations.add(PREFIX + "achievement.period_end", "is required");
    } else if (!Dates.pastOrToday(input.periodEnd())) {
      violations.add(PREFIX + "achievement.period_end", "must not be in the future");
    }
    if (input.periodStart() != null && input.periodEnd() != null && input.periodStart().isAfter(input.periodEnd())) {
      violations.add(PREFIX + "achievement.period_start", "must not be after period_end");
    }
    List<String> campaigns = new ArrayList<>();
    List<String> given = input.campaigns() == null ? List.of() : input.campaigns();
    violations.check(given.size() <= MAX_CAMPAIGNS, PREFIX + "achievement.campaigns", "at most " + MAX_CAMPAIGNS);
    for (int i = 0; i < given.size() && i < MAX_CAMPAIGNS; i++) {
      String id = Links.campaignId(given.get(i), province, PREFIX + "achievement.campaigns[" + i + "]", violations);
      if (id != null) {
        campaigns.add(id);
      }
    }
    violations.throwIfAny();

    Recipient recipient = new Recipient(type, modelId, group, personId, displayName, unit, null);
    return new NominationDraft(recipient, form, input.issuingLevel(),
        new Achievement(input.periodStart(), input.periodEnd(), citation,
            List.copyOf(new LinkedHashSet<>(campaigns))));
  }

  private static boolean empty(String text) {
    return text == null || text.isBlank();
  }
}

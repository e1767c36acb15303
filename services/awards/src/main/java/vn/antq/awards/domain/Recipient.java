package vn.antq.awards.domain;

import java.util.UUID;

/**
 * Who receives an award. Links are ids of other services' resources (a registry model or group, a
 * member); a recipient without links is named by text (an agency, a non-member with their unit).
 *
 * @param modelId the registry model the award counts for (a collective model, a group's model, or
 *                the model an individual's achievement came from); null if none
 * @param group   a registry group's full resource name; null if none
 */
public record Recipient(RecipientType type, UUID modelId, String group, UUID personId, String displayName,
                        String unit, Verification verification) {

  /** True when a model, group or member is named: then another service must confirm it. */
  public boolean linked() {
    return modelId != null || group != null || personId != null;
  }

  public Recipient withVerification(Verification next, String name) {
    return new Recipient(type, modelId, group, personId,
        (displayName == null || displayName.isEmpty()) && name != null ? name : displayName, unit, next);
  }
}

package vn.antq.awards.domain;

import java.util.Set;

/** An award form (hình thức khen thưởng) and who may receive it (empty: anyone). */
public record AwardForm(String code, String displayName, Set<RecipientType> recipientTypes) {

  public AwardForm {
    recipientTypes = recipientTypes == null ? Set.of() : Set.copyOf(recipientTypes);
  }

  public boolean allows(RecipientType type) {
    return recipientTypes.isEmpty() || recipientTypes.contains(type);
  }
}

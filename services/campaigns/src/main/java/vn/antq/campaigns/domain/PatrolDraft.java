package vn.antq.campaigns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A joint patrol as a caller describes it; null stands for an unknown partner force or purpose. */
public record PatrolDraft(LocalDate date, Place area, List<PartnerForce> partners, PatrolPurpose purpose) {

  public PatrolDraft {
    // Not List.copyOf: an unknown partner is a null the validation reports by position.
    partners = partners == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(partners));
  }
}

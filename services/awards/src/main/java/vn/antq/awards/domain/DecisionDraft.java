package vn.antq.awards.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision as asked for: its document and the nominations it grants. */
public record DecisionDraft(String number, LocalDate decisionDate, String signer, IssuingLevel issuingLevel,
                            String documentReference, List<UUID> nominationIds) {

  public DecisionDraft {
    nominationIds = nominationIds == null ? List.of() : List.copyOf(nominationIds);
  }

  /** The number as compared for uniqueness: "1234/QĐ-BCA" and "1234 / qđ-bca" are the same number. */
  public String numberKey() {
    return number.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
  }
}

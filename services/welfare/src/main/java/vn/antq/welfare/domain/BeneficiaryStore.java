package vn.antq.welfare.domain;

import java.util.Optional;
import java.util.UUID;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Page;

/** Storage of beneficiaries and of the record of their disclosures; runs in the caller's province transaction. */
public interface BeneficiaryStore {

  /** The full, unmasked record. */
  Optional<Beneficiary> find(UUID id);

  Optional<BeneficiaryType> typeOf(UUID id);

  boolean nationalIdTaken(String nationalId);

  Optional<EarlierRequest> findByRequest(String requestId);

  /** False, and nothing stored, when the request_id is already taken. */
  boolean insert(UUID id, String province, BeneficiaryDraft beneficiary, String requestId, String fingerprint);

  /** Full records, oldest first. */
  Page<Beneficiary> list(BeneficiaryType type, int pageSize, UUID after);

  void recordDisclosure(Disclosure disclosure);

  /** Newest first; {@code beneficiaryId} null: every beneficiary's. */
  Page<Disclosure> listDisclosures(UUID beneficiaryId, int pageSize, UUID before);
}

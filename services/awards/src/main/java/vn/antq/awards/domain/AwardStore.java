package vn.antq.awards.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Page;

/** Storage of nominations, decisions and their events; every call runs in the caller's transaction. */
public interface AwardStore {

  Optional<EarlierRequest> findNominationByRequest(String requestId);

  /** False when another create with the same request_id got there first. */
  boolean insertNomination(UUID id, String province, NominationDraft draft, String requestId, String fingerprint);

  Optional<Nomination> findNomination(UUID id);

  /** The nominations, locked for the rest of the transaction; missing ids are left out. */
  List<Nomination> lockNominations(Collection<UUID> ids);

  Page<Nomination> listNominations(NominationFilter filter, int pageSize, UUID after);

  /** Nominations whose recipient still waits for its service's confirmation, oldest first. */
  List<Nomination> unverified(int limit);

  void updateVerification(UUID id, Verification verification, String displayName);

  void updateState(UUID id, NominationState state, String reviewReason);

  void markDecided(Collection<UUID> ids, UUID decisionId, LocalDate decisionDate);

  void markIssued(UUID id, LocalDate issueDate);

  void appendEvent(UUID nominationId, NominationState from, NominationState to, NominationEvent.Action action,
                   String subject, String detail);

  List<NominationEvent> events(UUID nominationId);

  Optional<EarlierRequest> findDecisionByRequest(String requestId);

  boolean decisionNumberTaken(IssuingLevel level, int year, String numberKey);

  /** False when the number of this issuer and year is already taken. */
  boolean insertDecision(UUID id, String province, DecisionDraft draft, String requestId, String fingerprint);

  Optional<Decision> findDecision(UUID id);
}

package vn.antq.awards.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.antq.core.Dates;
import vn.antq.core.DomainException;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Fingerprint;
import vn.antq.core.Ids;
import vn.antq.core.Page;
import vn.antq.core.Paging;
import vn.antq.core.Tenant;
import vn.antq.core.Transactions;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/**
 * The commendation workflow: nominate → review → decide → issue, one step at a time, each step
 * recorded as an event in the same transaction as the change. Recipients are checked with the
 * registry or the members service outside any transaction; an unavailable service leaves the
 * nomination kept and UNVERIFIED, and a decision asks again before it refuses.
 */
public class AwardWorkflow {

  private static final String NOMINATION = "nomination";
  private static final String DECISION = "decision";
  private static final int MAX_DECISION_NOMINATIONS = 500;

  private final AwardStore store;
  private final RecipientDirectory directory;
  private final AwardSettings settings;
  private final Transactions transactions;

  public AwardWorkflow(AwardStore store, RecipientDirectory directory, AwardSettings settings,
                       Transactions transactions) {
    this.store = store;
    this.directory = directory;
    this.settings = settings;
    this.transactions = transactions;
  }

  public Nomination nominate(NominationInput input, String requestId) {
    String province = Tenant.province();
    NominationDraft draft = NominationRules.validate(input, province, settings);
    String fingerprint = Fingerprint.of(province, draft);
    if (requestId != null) {
      Optional<Nomination> earlier = transactions.run(() ->
          EarlierRequest.replay(store.findNominationByRequest(requestId), fingerprint, NOMINATION).map(this::load));
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    NominationDraft checked = withCheckedRecipient(draft);
    return transactions.run(() -> {
      UUID id = Ids.next();
      if (!store.insertNomination(id, province, checked, requestId, fingerprint)) {
        return load(EarlierRequest.replay(store.findNominationByRequest(requestId), fingerprint, NOMINATION)
            .orElseThrow());
      }
      Recipient recipient = checked.recipient();
      store.appendEvent(id, null, NominationState.NOMINATED, NominationEvent.Action.NOMINATE, subject(),
          "recipient " + recipient.verification());
      return load(id);
    });
  }

  /** Unlinked recipients need no check; a recipient its service says does not exist is refused, nothing kept. */
  private NominationDraft withCheckedRecipient(NominationDraft draft) {
    Recipient recipient = draft.recipient();
    if (!recipient.linked()) {
      recipient = recipient.withVerification(Verification.NOT_LINKED, null);
    } else {
      RecipientDirectory.Check check = directory.check(recipient);
      if (check.verification() == Verification.NOT_FOUND) {
        throw new DomainException.InvalidInput(check.field(), "does not exist in this province");
      }
      recipient = recipient.withVerification(check.verification(), check.name());
    }
    return new NominationDraft(recipient, draft.form(), draft.issuingLevel(), draft.achievement());
  }

  public Nomination get(UUID id) {
    return transactions.run(() -> load(id));
  }

  public Page<Nomination> list(NominationState state, Verification verification, boolean overdueOnly, int pageSize,
                               UUID after) {
    int size = Paging.pageSize(pageSize);
    LocalDate waitingSince = overdueOnly
        ? Dates.today().minusDays(settings.overdueAfterDays(Tenant.province())) : null;
    NominationFilter filter = new NominationFilter(state, verification, waitingSince);
    return transactions.run(() -> store.listNominations(filter, size, after));
  }

  public Nomination review(UUID id, boolean approve, String reason) {
    String cleaned = VietnameseText.clean(reason);
    Violations violations = new Violations();
    if (approve) {
      violations.optionalText(cleaned, "reason", 1000);
    } else {
      violations.requireText(cleaned, "reason", 1000);
    }
    violations.throwIfAny();
    NominationState next = approve ? NominationState.APPROVED : NominationState.REJECTED;
    return transactions.run(() -> {
      Nomination current = lock(id);
      if (!current.state().canBecome(next)) {
        throw current.state().refuse(next);
      }
      String stored = cleaned == null ? "" : cleaned;
      store.updateState(id, next, stored);
      store.appendEvent(id, current.state(), next, NominationEvent.Action.REVIEW, subject(), stored);
      return load(id);
    });
  }

  /** Asks the recipient's service again, if it has not answered yet (or said "no such recipient"). */
  public Nomination verify(UUID id) {
    Nomination current = get(id);
    if (current.recipient().verification() == Verification.UNVERIFIED
        || current.recipient().verification() == Verification.NOT_FOUND) {
      recordCheck(current, directory.check(current.recipient()));
    }
    return get(id);
  }

  /** Re-verifies up to {@code limit} UNVERIFIED nominations of the caller's province; returns how many are now settled. */
  public int verifyPending(int limit) {
    int settled = 0;
    for (Nomination pending : transactions.run(() -> store.unverified(limit))) {
      RecipientDirectory.Check check = directory.check(pending.recipient());
      if (check.verification() == Verification.UNVERIFIED) {
        break; // the service is still away: the next sweep tries again
      }
      recordCheck(pending, check);
      settled++;
    }
    return settled;
  }

  private void recordCheck(Nomination nomination, RecipientDirectory.Check check) {
    if (check.verification() == Verification.UNVERIFIED) {
      return;
    }
    transactions.run(() -> {
      Nomination current = lock(nomination.id());
      if (current.recipient().verification() != check.verification()) {
        Recipient next = current.recipient().withVerification(check.verification(), check.name());
        store.updateVerification(current.id(), check.verification(), next.displayName());
        store.appendEvent(current.id(), current.state(), current.state(), NominationEvent.Action.VERIFY, subject(),
            "recipient " + check.verification());
      }
      return null;
    });
  }

  public Decision decide(DecisionDraft raw, String requestId) {
    String province = Tenant.province();
    DecisionDraft draft = validate(raw);
    String fingerprint = Fingerprint.of(province, draft);
    if (requestId != null) {
      Optional<Decision> earlier = transactions.run(() ->
          EarlierRequest.replay(store.findDecisionByRequest(requestId), fingerprint, DECISION).map(this::loadDecision));
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    // Recipients still unconfirmed get one more chance, outside the decision's transaction.
    for (Nomination nomination : transactions.run(() -> nominationsOf(draft))) {
      if (nomination.recipient().verification() == Verification.UNVERIFIED) {
        recordCheck(nomination, directory.check(nomination.recipient()));
      }
    }
    return transactions.run(() -> {
      List<Nomination> nominations = lockedNominationsOf(draft);
      List<String> unconfirmed = nominations.stream().filter(n -> !n.recipient().verification().allowsDecision())
          .map(n -> n.id() + " (" + n.recipient().verification() + ")").toList();
      if (!unconfirmed.isEmpty()) {
        throw new DomainException.FailedPrecondition("a decision needs verified recipients; not verified: "
            + String.join(", ", unconfirmed));
      }
      if (store.decisionNumberTaken(draft.issuingLevel(), draft.decisionDate().getYear(), draft.numberKey())) {
        throw duplicateNumber(draft);
      }
      UUID id = Ids.next();
      if (!store.insertDecision(id, province, draft, requestId, fingerprint)) {
        if (requestId != null) {
          Optional<UUID> earlier = EarlierRequest.replay(store.findDecisionByRequest(requestId), fingerprint, DECISION);
          if (earlier.isPresent()) {
            return loadDecision(earlier.get());
          }
        }
        throw duplicateNumber(draft);
      }
      store.markDecided(draft.nominationIds(), id, draft.decisionDate());
      for (Nomination nomination : nominations) {
        store.appendEvent(nomination.id(), NominationState.APPROVED, NominationState.DECIDED,
            NominationEvent.Action.DECIDE, subject(), draft.number() + " " + draft.decisionDate());
      }
      return loadDecision(id);
    });
  }

  private static DomainException.AlreadyExists duplicateNumber(DecisionDraft draft) {
    return new DomainException.AlreadyExists("decision.number", "decision " + draft.number() + " of "
        + draft.issuingLevel() + " in " + draft.decisionDate().getYear() + " is already recorded");
  }

  private DecisionDraft validate(DecisionDraft raw) {
    Violations violations = new Violations();
    String number = VietnameseText.clean(raw.number());
    String signer = VietnameseText.clean(raw.signer());
    String reference = VietnameseText.clean(raw.documentReference());
    violations.requireText(number, "decision.number", 60);
    violations.requireText(signer, "decision.signer", 200);
    violations.optionalText(reference, "decision.document_reference", 500);
    violations.check(raw.issuingLevel() != null, "decision.issuing_level", "is required");
    if (raw.decisionDate() == null) {
      violations.add("decision.decision_date", "is required");
    } else {
      violations.check(Dates.pastOrToday(raw.decisionDate()), "decision.decision_date", "must not be in the future");
    }
    if (raw.nominationIds().isEmpty()) {
      violations.add("decision.nominations", "must name at least one approved nomination");
    }
    violations.check(raw.nominationIds().size() <= MAX_DECISION_NOMINATIONS, "decision.nominations",
        "at most " + MAX_DECISION_NOMINATIONS);
    violations.check(new HashSet<>(raw.nominationIds()).size() == raw.nominationIds().size(), "decision.nominations",
        "names a nomination twice");
    violations.throwIfAny();
    return new DecisionDraft(number, raw.decisionDate(), signer, raw.issuingLevel(),
        reference == null ? "" : reference, raw.nominationIds());
  }

  private List<Nomination> nominationsOf(DecisionDraft draft) {
    return checkedNominations(draft, draft.nominationIds().stream()
        .map(store::findNomination).flatMap(Optional::stream).toList());
  }

  private List<Nomination> lockedNominationsOf(DecisionDraft draft) {
    return checkedNominations(draft, store.lockNominations(draft.nominationIds()));
  }

  /** Every named nomination exists, is of the decision's level, APPROVED, and its period ended by the decision. */
  private static List<Nomination> checkedNominations(DecisionDraft draft, List<Nomination> found) {
    Map<UUID, Nomination> byId = found.stream().collect(Collectors.toMap(Nomination::id, Function.identity()));
    Violations violations = new Violations();
    List<Nomination> ordered = new ArrayList<>();
    Set<String> outOfOrder = new LinkedHashSet<>();
    for (int i = 0; i < draft.nominationIds().size(); i++) {
      String field = "decision.nominations[" + i + "]";
      Nomination nomination = byId.get(draft.nominationIds().get(i));
      if (nomination == null) {
        violations.add(field, "no such nomination in this province");
        continue;
      }
      ordered.add(nomination);
      violations.check(nomination.issuingLevel() == draft.issuingLevel(), field,
          "was nominated for " + nomination.issuingLevel() + ", not " + draft.issuingLevel());
      violations.check(!draft.decisionDate().isBefore(nomination.achievement().periodEnd()), field,
          "its achievement period ends after the decision date");
      if (nomination.state() != NominationState.APPROVED) {
        outOfOrder.add(nomination.id() + ": " + nomination.state().refuse(NominationState.DECIDED).getMessage());
      }
    }
    violations.throwIfAny();
    if (!outOfOrder.isEmpty()) {
      throw new DomainException.FailedPrecondition(String.join("; ", outOfOrder));
    }
    return ordered;
  }

  public Decision getDecision(UUID id) {
    return transactions.run(() -> loadDecision(id));
  }

  public Nomination issue(UUID id, LocalDate issueDate) {
    Violations violations = new Violations();
    if (issueDate == null) {
      violations.add("issue_date", "is required");
    } else {
      violations.check(Dates.pastOrToday(issueDate), "issue_date", "must not be in the future");
    }
    violations.throwIfAny();
    return transactions.run(() -> {
      Nomination current = lock(id);
      if (!current.state().canBecome(NominationState.ISSUED)) {
        throw current.state().refuse(NominationState.ISSUED);
      }
      if (issueDate.isBefore(current.decisionDate())) {
        throw new DomainException.InvalidInput("issue_date", "must not be before the decision date "
            + current.decisionDate());
      }
      store.markIssued(id, issueDate);
      store.appendEvent(id, current.state(), NominationState.ISSUED, NominationEvent.Action.ISSUE, subject(),
          issueDate.toString());
      return load(id);
    });
  }

  public List<NominationEvent> events(UUID id) {
    return transactions.run(() -> {
      load(id);
      return store.events(id);
    });
  }

  public List<AwardForm> forms() {
    return settings.forms(Tenant.province());
  }

  public int overdueAfterDays() {
    return settings.overdueAfterDays(Tenant.province());
  }

  private Nomination lock(UUID id) {
    return store.lockNominations(List.of(id)).stream().findFirst().orElseThrow(() -> notFound(NOMINATION, id));
  }

  private Nomination load(UUID id) {
    return store.findNomination(id).orElseThrow(() -> notFound(NOMINATION, id));
  }

  private Decision loadDecision(UUID id) {
    return store.findDecision(id).orElseThrow(() -> notFound(DECISION, id));
  }

  private static String subject() {
    return Tenant.caller().subject();
  }

  private static DomainException.NotFound notFound(String what, UUID id) {
    return new DomainException.NotFound(what + " " + id);
  }
}

package vn.antq.welfare.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.antq.core.Caller;
import vn.antq.core.DomainException;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Fingerprint;
import vn.antq.core.Ids;
import vn.antq.core.Page;
import vn.antq.core.Paging;
import vn.antq.core.Role;
import vn.antq.core.Tenant;
import vn.antq.core.Transactions;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/**
 * Beneficiaries: every ordinary read is masked; the full record goes only to a province
 * administrator who states why, and that read is recorded in the same transaction, so there is
 * no disclosure without its record.
 */
public class BeneficiaryBook {

  private static final String WHAT = "beneficiary";
  private static final int MIN_PURPOSE = 10;
  private static final int MAX_PURPOSE = 500;

  private final BeneficiaryStore store;
  private final Transactions transactions;

  public BeneficiaryBook(BeneficiaryStore store, Transactions transactions) {
    this.store = store;
    this.transactions = transactions;
  }

  /** Answers masked, like every read: the response of a create is a read too. */
  public Beneficiary create(BeneficiaryDraft draft, String requestId) {
    String province = Tenant.province();
    BeneficiaryDraft beneficiary = BeneficiaryRules.clean(draft);
    String fingerprint = Fingerprint.of(province, beneficiary);
    if (requestId != null) {
      Optional<Beneficiary> earlier = transactions.run(() ->
          EarlierRequest.replay(store.findByRequest(requestId), fingerprint, WHAT).map(this::loadMasked));
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    BeneficiaryRules.validate(beneficiary);
    return transactions.run(() -> {
      if (beneficiary.nationalId() != null && store.nationalIdTaken(beneficiary.nationalId())) {
        throw new DomainException.AlreadyExists(BeneficiaryRules.PREFIX + "national_id",
            "a beneficiary with this citizen id is already recorded in this province");
      }
      UUID id = Ids.next();
      if (!store.insert(id, province, beneficiary, requestId, fingerprint)) {
        id = EarlierRequest.replay(store.findByRequest(requestId), fingerprint, WHAT).orElseThrow();
      }
      return loadMasked(id);
    });
  }

  public Beneficiary get(UUID id) {
    return transactions.run(() -> loadMasked(id));
  }

  public Page<Beneficiary> list(BeneficiaryType type, int pageSize, UUID after) {
    int size = Paging.pageSize(pageSize);
    return transactions.run(() -> {
      Page<Beneficiary> page = store.list(type, size, after);
      return new Page<>(page.items().stream().map(Masking::mask).toList(), page.nextCursor(), page.totalSize());
    });
  }

  /** The unmasked record, for a province administrator with a stated purpose; the read is recorded. */
  public Beneficiary reveal(UUID id, String purpose) {
    Caller caller = Tenant.caller();
    if (!caller.has(Role.PROVINCE_ADMIN)) {
      throw new DomainException.PermissionDenied("only a province administrator may see a beneficiary unmasked");
    }
    String reason = VietnameseText.clean(purpose);
    new Violations()
        .check(reason != null && reason.codePointCount(0, reason.length()) >= MIN_PURPOSE, "purpose",
            "state why the unmasked record is needed (at least " + MIN_PURPOSE + " characters)")
        .optionalText(reason, "purpose", MAX_PURPOSE)
        .throwIfAny();
    String province = Tenant.province();
    List<String> roles = caller.roles().stream().map(Role::name).sorted().toList();
    return transactions.run(() -> {
      Beneficiary full = store.find(id).orElseThrow(() -> notFound(id));
      store.recordDisclosure(new Disclosure(Ids.next(), province, id, caller.subject(), roles, reason, null));
      return full;
    });
  }

  /** {@code beneficiaryId} null: the disclosures of every beneficiary of the province. */
  public Page<Disclosure> disclosures(UUID beneficiaryId, int pageSize, UUID before) {
    int size = Paging.pageSize(pageSize);
    return transactions.run(() -> {
      if (beneficiaryId != null && store.typeOf(beneficiaryId).isEmpty()) {
        throw notFound(beneficiaryId);
      }
      return store.listDisclosures(beneficiaryId, size, before);
    });
  }

  private Beneficiary loadMasked(UUID id) {
    return Masking.mask(store.find(id).orElseThrow(() -> notFound(id)));
  }

  private static DomainException.NotFound notFound(UUID id) {
    return new DomainException.NotFound("beneficiary " + id);
  }
}

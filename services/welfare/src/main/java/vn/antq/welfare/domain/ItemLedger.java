package vn.antq.welfare.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Fingerprint;
import vn.antq.core.Ids;
import vn.antq.core.Page;
import vn.antq.core.Paging;
import vn.antq.core.Tenant;
import vn.antq.core.Transactions;
import vn.antq.core.Violations;

/**
 * The ledger of welfare items: creation that counts once per request_id, updates whose status only
 * moves forward, and links that must exist (models in the registry, campaigns in the campaigns
 * service, beneficiaries here).
 */
public class ItemLedger {

  private static final String WHAT = "welfare item";

  private final ItemStore items;
  private final BeneficiaryStore beneficiaries;
  private final ModelDirectory models;
  private final CampaignDirectory campaigns;
  private final Transactions transactions;

  public ItemLedger(ItemStore items, BeneficiaryStore beneficiaries, ModelDirectory models,
                    CampaignDirectory campaigns, Transactions transactions) {
    this.items = items;
    this.beneficiaries = beneficiaries;
    this.models = models;
    this.campaigns = campaigns;
    this.transactions = transactions;
  }

  public WelfareItem create(ItemDraft draft, String requestId) {
    String province = Tenant.province();
    ItemDraft item = ItemRules.clean(draft);
    if (item.status() == null) {
      item = item.withStatus(WelfareStatus.PLANNED);
    }
    String fingerprint = Fingerprint.of(province, item);
    if (requestId != null) {
      Optional<WelfareItem> earlier = transactions.run(() ->
          EarlierRequest.replay(items.findByRequest(requestId), fingerprint, WHAT).map(this::load));
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    ItemLinks links = ItemRules.validate(item, province);
    if (links.modelId() != null) {
      requireModel(item.model());
    }
    if (links.campaignId() != null) {
      requireCampaign(campaigns, item.campaign(), ItemRules.PREFIX + "campaign");
    }
    ItemDraft valid = item;
    return transactions.run(() -> {
      requireBeneficiary(links, valid.kind());
      UUID id = Ids.next();
      if (!items.insert(id, province, valid, links, requestId, fingerprint)) {
        id = EarlierRequest.replay(items.findByRequest(requestId), fingerprint, WHAT).orElseThrow();
      }
      return load(id);
    });
  }

  public WelfareItem get(UUID id) {
    return transactions.run(() -> load(id));
  }

  public Page<WelfareItem> list(ItemFilter filter, int pageSize, UUID after) {
    int size = Paging.pageSize(pageSize);
    return transactions.run(() -> items.list(filter, size, after));
  }

  /** {@code changes} carries the new values of the fields named in {@code fields} (proto names). */
  public WelfareItem update(UUID id, ItemDraft changes, List<String> fields) {
    String province = Tenant.province();
    ItemUpdate update = ItemUpdate.of(ItemRules.clean(changes), fields);
    String model = update.changes().model();
    if (update.sets("model") && model != null) {
      Violations violations = new Violations();
      Links.uuid(model, province, "models", ItemRules.PREFIX + "model", violations);
      violations.throwIfAny();
      requireModel(model);
    }
    String campaign = update.changes().campaign();
    if (update.sets("campaign") && campaign != null) {
      Violations violations = new Violations();
      Links.campaignId(campaign, province, ItemRules.PREFIX + "campaign", violations);
      violations.throwIfAny();
      requireCampaign(campaigns, campaign, ItemRules.PREFIX + "campaign");
    }
    return transactions.run(() -> {
      WelfareItem current = items.findForUpdate(id).orElseThrow(() -> notFound(id));
      ItemDraft next = ItemRules.clean(update.applyTo(current.details()));
      if (next.status() != null && !current.details().status().canBecome(next.status())) {
        throw new DomainException.FailedPrecondition("a welfare item cannot move back from "
            + current.details().status() + " to " + next.status());
      }
      ItemLinks links = ItemRules.validate(next, province);
      requireBeneficiary(links, next.kind());
      items.update(id, next, links);
      return load(id);
    });
  }

  private WelfareItem load(UUID id) {
    return items.find(id).orElseThrow(() -> notFound(id));
  }

  /** Outside any transaction: the registry is another service, and may take its time. */
  private void requireModel(String modelName) {
    if (!models.exists(modelName)) {
      throw new DomainException.InvalidInput(ItemRules.PREFIX + "model", "no such model in this province's registry");
    }
  }

  /** Outside any transaction, as {@link #requireModel}. */
  static void requireCampaign(CampaignDirectory campaigns, String campaignName, String field) {
    if (!campaigns.exists(campaignName)) {
      throw new DomainException.InvalidInput(field, "no such campaign in this province");
    }
  }

  private void requireBeneficiary(ItemLinks links, WelfareKind kind) {
    if (links.beneficiaryId() == null) {
      return;
    }
    BeneficiaryType type = beneficiaries.typeOf(links.beneficiaryId())
        .orElseThrow(() -> new DomainException.InvalidInput(ItemRules.PREFIX + "beneficiary", "no such beneficiary"));
    if (kind.beneficiaryType() != null && kind.beneficiaryType() != type) {
      throw new DomainException.InvalidInput(ItemRules.PREFIX + "beneficiary",
          kind + " goes to a " + kind.beneficiaryType() + ", not a " + type);
    }
  }

  private static DomainException.NotFound notFound(UUID id) {
    return new DomainException.NotFound("welfare item " + id);
  }
}

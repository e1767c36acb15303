package vn.antq.welfare.domain;

import java.util.Optional;
import java.util.UUID;
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

/** Sponsors and what they contributed; each create counts once per request_id; linked campaigns must exist. */
public class SponsorBook {

  private static final int MAX_NAME = 200;
  private static final int MAX_DESCRIPTION = 4000;
  private static final String CONTRIBUTION = "contribution.";

  private final SponsorStore store;
  private final ItemStore items;
  private final CampaignDirectory campaigns;
  private final Transactions transactions;

  public SponsorBook(SponsorStore store, ItemStore items, CampaignDirectory campaigns, Transactions transactions) {
    this.store = store;
    this.items = items;
    this.campaigns = campaigns;
    this.transactions = transactions;
  }

  public Sponsor create(SponsorDraft draft, String requestId) {
    String province = Tenant.province();
    String description = VietnameseText.clean(draft.description());
    SponsorDraft sponsor = new SponsorDraft(draft.type(), VietnameseText.clean(draft.displayName()),
        description == null ? "" : description);
    String fingerprint = Fingerprint.of(province, sponsor);
    new Violations()
        .check(sponsor.type() != null, "sponsor.type", "is required (PERSON, BUSINESS or ORGANISATION)")
        .requireText(sponsor.displayName(), "sponsor.display_name", MAX_NAME)
        .optionalText(sponsor.description(), "sponsor.description", MAX_DESCRIPTION)
        .throwIfAny();
    return transactions.run(() -> {
      Optional<UUID> earlier = requestId == null ? Optional.empty()
          : EarlierRequest.replay(store.findByRequest(requestId), fingerprint, "sponsor");
      if (earlier.isPresent()) {
        return load(earlier.get());
      }
      UUID id = Ids.next();
      if (!store.insert(id, province, sponsor, requestId, fingerprint)) {
        id = EarlierRequest.replay(store.findByRequest(requestId), fingerprint, "sponsor").orElseThrow();
      }
      return load(id);
    });
  }

  public Sponsor get(UUID id) {
    return transactions.run(() -> load(id));
  }

  public Page<Sponsor> list(int pageSize, UUID after) {
    int size = Paging.pageSize(pageSize);
    return transactions.run(() -> store.list(size, after));
  }

  public Contribution contribute(UUID sponsorId, ContributionDraft draft, String requestId) {
    String province = Tenant.province();
    String description = VietnameseText.clean(draft.description());
    ContributionDraft contribution = new ContributionDraft(draft.form(), draft.value(),
        description == null ? "" : description, draft.date(), blankToNull(draft.welfareItem()),
        blankToNull(draft.campaign()));
    String fingerprint = Fingerprint.of(province + "/" + sponsorId, contribution);
    ContributionLinks links = validate(contribution, province);
    if (links.campaignId() != null) {
      ItemLedger.requireCampaign(campaigns, contribution.campaign(), CONTRIBUTION + "campaign");
    }
    return transactions.run(() -> {
      load(sponsorId);
      Optional<UUID> earlier = requestId == null ? Optional.empty()
          : EarlierRequest.replay(store.findContributionByRequest(requestId), fingerprint, "contribution");
      if (earlier.isPresent()) {
        return loadContribution(sponsorId, earlier.get());
      }
      if (links.itemId() != null && items.find(links.itemId()).isEmpty()) {
        throw new DomainException.InvalidInput(CONTRIBUTION + "welfare_item", "no such welfare item");
      }
      UUID id = Ids.next();
      if (!store.insertContribution(id, province, sponsorId, contribution, links, requestId, fingerprint)) {
        id = EarlierRequest.replay(store.findContributionByRequest(requestId), fingerprint, "contribution")
            .orElseThrow();
      }
      return loadContribution(sponsorId, id);
    });
  }

  public Contribution getContribution(UUID sponsorId, UUID id) {
    return transactions.run(() -> loadContribution(sponsorId, id));
  }

  public Page<Contribution> listContributions(UUID sponsorId, int pageSize, UUID after) {
    int size = Paging.pageSize(pageSize);
    return transactions.run(() -> {
      load(sponsorId);
      return store.listContributions(sponsorId, size, after);
    });
  }

  private static ContributionLinks validate(ContributionDraft contribution, String province) {
    Violations violations = new Violations()
        .check(contribution.form() != null, CONTRIBUTION + "form", "is required (MONEY or IN_KIND)")
        .check(contribution.value() >= 1, CONTRIBUTION + "value", "must be at least 1 đồng")
        .check(contribution.value() <= Money.MAX_VND, CONTRIBUTION + "value", "must be at most " + Money.MAX_VND + " đồng")
        .optionalText(contribution.description(), CONTRIBUTION + "description", MAX_DESCRIPTION)
        .check(contribution.form() != ContributionForm.IN_KIND || !contribution.description().isEmpty(),
            CONTRIBUTION + "description", "must say what was given in kind")
        .check(contribution.date() != null, CONTRIBUTION + "contribution_date", "is required")
        .check(Dates.pastOrToday(contribution.date()), CONTRIBUTION + "contribution_date",
            "must be between 1945-09-02 and today");
    ContributionLinks links = new ContributionLinks(
        Links.uuid(contribution.welfareItem(), province, "welfareItems", CONTRIBUTION + "welfare_item", violations),
        Links.campaignId(contribution.campaign(), province, CONTRIBUTION + "campaign", violations));
    violations.throwIfAny();
    return links;
  }

  private Sponsor load(UUID id) {
    return store.find(id).orElseThrow(() -> new DomainException.NotFound("sponsor " + id));
  }

  private Contribution loadContribution(UUID sponsorId, UUID id) {
    return store.findContribution(sponsorId, id)
        .orElseThrow(() -> new DomainException.NotFound("contribution " + id + " of sponsor " + sponsorId));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

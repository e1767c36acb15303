package vn.antq.registry.domain.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.antq.core.Tenant;
import vn.antq.registry.domain.Model;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.RegistryService;
import vn.antq.registry.domain.national.ExternalFigureGatherer.Gathered;
import vn.antq.registry.domain.national.NationalStore;

/**
 * Periodic effectiveness review: a snapshot of each model's indicators per period, with flags.
 * A period is recorded once; reviewing it again returns the record, so "unchanged period after
 * period" compares what was really reported then.
 */
public class ReviewService {

  private final RegistryService registry;
  private final NationalStore national;
  private final ReviewStore store;
  private final ReviewRules rules;

  public ReviewService(RegistryService registry, NationalStore national, ReviewStore store, ReviewRules rules) {
    this.registry = registry;
    this.national = national;
    this.store = store;
    this.rules = rules;
  }

  public List<UUID> modelsToReview() {
    return store.reviewableModels();
  }

  /** Records the period for the models gathered (external figures were read before the transaction). */
  public List<Review> record(Period period, Map<UUID, Gathered> gathered) {
    List<Review> reviews = new ArrayList<>();
    gathered.forEach((modelId, external) -> reviews.add(store.find(modelId, period)
        .orElseGet(() -> recordOne(modelId, period, external))));
    return reviews;
  }

  public List<Review> history(UUID modelId) {
    registry.getModel(modelId);
    return store.history(modelId);
  }

  /** In a national read. */
  public Page<Review> forPeriod(Period period, boolean flaggedOnly, int pageSize, String cursor) {
    return store.listForPeriod(period, flaggedOnly, RegistryService.pageSize(pageSize), cursor);
  }

  private Review recordOne(UUID modelId, Period period, Gathered external) {
    Model model = registry.getModel(modelId);
    Indicators now = rules.indicators(national.registryEvidence(modelId), external.figures(), period);
    Map<Period, Indicators> earlier = store.history(modelId).stream()
        .collect(Collectors.toMap(Review::period, Review::indicators));
    Review review = new Review(Tenant.province(), modelId, model.displayName(), model.status(), period, now,
        rules.flags(period, now, earlier, external.figures()), external.gaps(), Tenant.caller().subject(),
        Instant.now());
    store.insert(review);
    return store.find(modelId, period).orElseThrow();
  }
}

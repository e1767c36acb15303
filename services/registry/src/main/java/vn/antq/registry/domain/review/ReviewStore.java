package vn.antq.registry.domain.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.Period;

/** Recorded reviews: the province's rows, under row-level security; append-only. */
public interface ReviewStore {

  /** Ids of the models a review covers: ACTIVE and UNDER_REVIEW ones. */
  List<UUID> reviewableModels();

  Optional<Review> find(UUID modelId, Period period);

  /** Newest period first. */
  List<Review> history(UUID modelId);

  void insert(Review review);

  /** In a national read: the period's reviews of every province, by province and model. */
  Page<Review> listForPeriod(Period period, boolean flaggedOnly, int pageSize, String cursor);
}

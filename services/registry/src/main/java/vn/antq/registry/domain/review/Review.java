package vn.antq.registry.domain.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.antq.registry.domain.Gap;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.Period;

/** One model's recorded review for a period: what it was then, stays as it was. */
public record Review(String province, UUID modelId, String modelDisplayName, ModelStatus modelStatus, Period period,
                     Indicators indicators, List<Flag> flags, List<Gap> gaps, String reviewer, Instant reviewTime) {

  public Review {
    flags = List.copyOf(flags);
    gaps = List.copyOf(gaps);
  }
}

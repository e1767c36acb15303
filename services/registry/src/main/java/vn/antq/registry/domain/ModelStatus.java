package vn.antq.registry.domain;

import java.util.EnumSet;
import java.util.Set;

/** A model's life cycle. A retired model stays readable (its figures stay in past reports) but never returns. */
public enum ModelStatus {
  DRAFT, ACTIVE, UNDER_REVIEW, RETIRED;

  public Set<ModelStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(ACTIVE, RETIRED);
      case ACTIVE -> EnumSet.of(UNDER_REVIEW, RETIRED);
      case UNDER_REVIEW -> EnumSet.of(ACTIVE, RETIRED);
      case RETIRED -> EnumSet.noneOf(ModelStatus.class);
    };
  }

  public boolean canBecome(ModelStatus target) {
    return target == this || next().contains(target);
  }
}

package vn.antq.registry.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A model's life cycle. A running model is retired after a warning (UNDER_REVIEW), as the review of
 * effectiveness asks; a draft that never ran may be retired at once. A retired model stays readable
 * (its figures stay in past reports) but never returns.
 */
public enum ModelStatus {
  DRAFT, ACTIVE, UNDER_REVIEW, RETIRED;

  public Set<ModelStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(ACTIVE, RETIRED);
      case ACTIVE -> EnumSet.of(UNDER_REVIEW);
      case UNDER_REVIEW -> EnumSet.of(ACTIVE, RETIRED);
      case RETIRED -> EnumSet.noneOf(ModelStatus.class);
    };
  }

  /** Set only by a warning or a retirement, which record why. */
  public boolean needsARecord() {
    return this == UNDER_REVIEW || this == RETIRED;
  }

  public boolean canBecome(ModelStatus target) {
    return target == this || next().contains(target);
  }
}

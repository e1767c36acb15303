package vn.antq.campaigns.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import vn.antq.core.DomainException;

/** Batch creates: bounded in size, and every item's violations reported at once. */
final class Batches {

  static final int MAX_BATCH = 500;

  private Batches() {}

  /**
   * Applies {@code validate} to each draft with the field prefix "requests[i].{item}.", collecting
   * every violation before failing.
   */
  static <D> List<D> validateAll(List<D> drafts, String item, BiFunction<D, String, D> validate) {
    if (drafts.isEmpty() || drafts.size() > MAX_BATCH) {
      throw new DomainException.InvalidInput("requests", "must hold 1 to " + MAX_BATCH + " items");
    }
    List<D> clean = new ArrayList<>();
    List<DomainException.FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      try {
        clean.add(validate.apply(drafts.get(i), prefix(i, item)));
      } catch (DomainException.InvalidInput invalid) {
        violations.addAll(invalid.violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainException.InvalidInput(violations);
    }
    return clean;
  }

  static String prefix(int index, String item) {
    return "requests[" + index + "]." + item + ".";
  }
}

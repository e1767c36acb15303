package vn.antq.registry.domain.dashboard;

import java.util.Map;
import java.util.Set;
import vn.antq.registry.domain.Section;

/** A province's (or, with a null slug, the nation's) figures; an absent figure is missing, not zero. */
public record ProvinceRow(String province, String displayName, Map<Figure, Long> figures, Set<Section> missing) {

  public ProvinceRow {
    figures = Map.copyOf(figures);
    missing = Set.copyOf(missing);
  }
}

package vn.antq.registry.domain.dashboard;

import java.util.Map;
import java.util.Set;

/**
 * One source's answer: figures per province, and the provinces it could not read (a service whose
 * data is split by province may lose one). A province in neither has none of these figures: zero.
 */
public record SectionFigures(Map<String, Map<Figure, Long>> byProvince, Set<String> unreadable) {

  public SectionFigures {
    byProvince = Map.copyOf(byProvince);
    unreadable = Set.copyOf(unreadable);
  }
}

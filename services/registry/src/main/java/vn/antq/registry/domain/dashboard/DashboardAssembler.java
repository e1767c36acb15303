package vn.antq.registry.domain.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.antq.registry.domain.FanOut;
import vn.antq.registry.domain.Gap;
import vn.antq.registry.domain.Section;

/**
 * Combines the sources' answers into the dashboard. A figure is present only when its source
 * answered for that province; missing ones stay absent, are named per province and in the gaps,
 * and the nation's totals add up what is present.
 */
public final class DashboardAssembler {

  private DashboardAssembler() {}

  /**
   * @param known the configured provinces (slug → name); provinces found only in the data are added
   * @param answers one entry per section that has a source in this deployment
   */
  public static Dashboard assemble(Map<String, String> known, Map<Section, FanOut.Outcome<SectionFigures>> answers) {
    Map<String, String> provinces = new TreeMap<>(known);
    answers.values().forEach(answer -> {
      if (answer instanceof FanOut.Answered<SectionFigures> figures) {
        figures.value().byProvince().keySet().forEach(slug -> provinces.putIfAbsent(slug, slug));
        figures.value().unreadable().forEach(slug -> provinces.putIfAbsent(slug, slug));
      }
    });
    List<Gap> gaps = new ArrayList<>();
    for (Section section : Section.values()) {
      FanOut.Outcome<SectionFigures> answer = answers.get(section);
      if (answer == null) {
        gaps.add(Gap.notAvailable(section));
      } else if (answer instanceof FanOut.Failed<SectionFigures> failed) {
        gaps.add(Gap.unreachable(section, failed.reason()));
      } else if (answer instanceof FanOut.Answered<SectionFigures> figures && !figures.value().unreadable().isEmpty()) {
        gaps.add(new Gap(section, Gap.Kind.UNREACHABLE, "some provinces could not be read",
            List.copyOf(new TreeSet<>(figures.value().unreadable()))));
      }
    }
    List<ProvinceRow> rows = new ArrayList<>();
    Map<Figure, Long> totals = new EnumMap<>(Figure.class);
    Set<Section> missingSomewhere = EnumSet.noneOf(Section.class);
    provinces.forEach((slug, name) -> {
      Map<Figure, Long> figures = new EnumMap<>(Figure.class);
      Set<Section> missing = EnumSet.noneOf(Section.class);
      for (Section section : Section.values()) {
        if (answers.get(section) instanceof FanOut.Answered<SectionFigures> answered
            && !answered.value().unreadable().contains(slug)) {
          Map<Figure, Long> own = answered.value().byProvince().getOrDefault(slug, Map.of());
          for (Figure figure : Figure.values()) {
            if (figure.section() == section) {
              figures.put(figure, own.getOrDefault(figure, 0L));
            }
          }
        } else {
          missing.add(section);
        }
      }
      figures.forEach((figure, value) -> totals.merge(figure, value, Long::sum));
      missingSomewhere.addAll(missing);
      rows.add(new ProvinceRow(slug, name, figures, missing));
    });
    boolean complete = gaps.stream().noneMatch(gap -> gap.kind() == Gap.Kind.UNREACHABLE);
    return new Dashboard(rows, new ProvinceRow(null, "Toàn quốc", totals, missingSomewhere), complete, gaps,
        Instant.now());
  }
}

package vn.antq.registry.domain.national;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import vn.antq.registry.domain.FanOut;
import vn.antq.registry.domain.Gap;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;

/**
 * Asks every {@link ModelFigureSource} about some models at once — one call per source — within the
 * fan-out budget. Runs outside any database transaction, so no connection is held while other
 * services answer.
 */
public class ExternalFigureGatherer {

  /** One model's external figures and what could not be read. */
  public record Gathered(ExternalFigures figures, List<Gap> gaps) {}

  private final Map<Section, ModelFigureSource> sources = new EnumMap<>(Section.class);
  private final FanOut fanOut;

  public ExternalFigureGatherer(Collection<ModelFigureSource> sources, FanOut fanOut) {
    sources.forEach(source -> this.sources.put(source.section(), source));
    this.fanOut = fanOut;
  }

  public Gathered gather(String province, UUID model, Period upTo) {
    return gatherAll(province, List.of(model), upTo).get(model);
  }

  public Map<UUID, Gathered> gatherAll(String province, Collection<UUID> models, Period upTo) {
    Map<Section, Callable<Map<UUID, ExternalFigures>>> asks = new EnumMap<>(Section.class);
    sources.forEach((section, source) -> asks.put(section, () -> source.read(province, models, upTo)));
    Map<Section, FanOut.Outcome<Map<UUID, ExternalFigures>>> answers = models.isEmpty() ? Map.of() : fanOut.run(asks);
    Map<UUID, Gathered> gathered = new LinkedHashMap<>();
    for (UUID model : models) {
      ExternalFigures figures = ExternalFigures.NONE;
      List<Gap> gaps = new ArrayList<>();
      for (Section section : Section.EXTERNAL) {
        FanOut.Outcome<Map<UUID, ExternalFigures>> answer = answers.get(section);
        if (!sources.containsKey(section)) {
          gaps.add(Gap.notAvailable(section));
        } else if (answer instanceof FanOut.Failed<Map<UUID, ExternalFigures>> failed) {
          gaps.add(Gap.unreachable(section, failed.reason()));
        } else if (answer instanceof FanOut.Answered<Map<UUID, ExternalFigures>> answered
            && answered.value().get(model) != null && answered.value().get(model).has(section)) {
          figures = figures.with(answered.value().get(model));
        } else {
          gaps.add(Gap.unreachable(section, "the " + section.name().toLowerCase(Locale.ROOT)
              + " service answered without figures for this model"));
        }
      }
      gathered.put(model, new Gathered(figures, gaps));
    }
    return gathered;
  }
}

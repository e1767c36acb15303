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
 * Asks every {@link ModelFigureSource} about some models at once, within the fan-out budget. Runs
 * outside any database transaction, so no connection is held while other services answer.
 */
public class ExternalFigureGatherer {

  /** One model's external figures and what could not be read. */
  public record Gathered(ExternalFigures figures, List<Gap> gaps) {}

  private record Ask(UUID model, Section section) {}

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
    Map<Ask, Callable<ExternalFigures>> asks = new LinkedHashMap<>();
    for (UUID model : models) {
      sources.forEach((section, source) -> asks.put(new Ask(model, section), () -> source.read(province, model, upTo)));
    }
    Map<Ask, FanOut.Outcome<ExternalFigures>> answers = fanOut.run(asks);
    Map<UUID, Gathered> gathered = new LinkedHashMap<>();
    for (UUID model : models) {
      ExternalFigures figures = ExternalFigures.NONE;
      List<Gap> gaps = new ArrayList<>();
      for (Section section : Section.EXTERNAL) {
        FanOut.Outcome<ExternalFigures> answer = answers.get(new Ask(model, section));
        if (answer == null) {
          gaps.add(Gap.notAvailable(section));
        } else if (answer instanceof FanOut.Answered<ExternalFigures> part && part.value().has(section)) {
          figures = figures.with(part.value());
        } else if (answer instanceof FanOut.Answered<ExternalFigures>) {
          gaps.add(Gap.unreachable(section, "the " + section.name().toLowerCase(Locale.ROOT)
              + " service answered without figures"));
        } else if (answer instanceof FanOut.Failed<ExternalFigures> failed) {
          gaps.add(Gap.unreachable(section, failed.reason()));
        }
      }
      gathered.put(model, new Gathered(figures, gaps));
    }
    return gathered;
  }
}

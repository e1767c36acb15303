package vn.antq.registry.domain.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.antq.core.DomainException;
import vn.antq.registry.domain.FanOut;
import vn.antq.registry.domain.Gap;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;

/**
 * How a service joins the evidence and the reviews: one {@link ModelFigureSource}. The sources
 * here stand in for services that are not on this branch: one answers, one fails, one is too slow.
 */
class ExternalFigureGathererTest {

  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Period period = new Period(2025, 3);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void eachSectionIsThereMissingWithItsReasonOrNotAvailable() {
    UUID model = UUID.randomUUID();
    ModelFigureSource campaigns = source(Section.CAMPAIGNS, () -> Map.of(model, new ExternalFigures(null,
        new ExternalFigures.ActivityFigures(List.of(new ExternalFigures.PeriodActivity(period, 4, 80, 2, 1))), null,
        null)));
    ModelFigureSource awards = source(Section.AWARDS, () -> {
      throw new DomainException.Unavailable("awards could not be reached in time (UNAVAILABLE); try again later");
    });
    ModelFigureSource members = source(Section.MEMBERS, () -> {
      Thread.sleep(5_000);
      return Map.of();
    });
    var gatherer = new ExternalFigureGatherer(List.of(campaigns, awards, members),
        new FanOut(executor, Duration.ofMillis(300)));

    long start = System.nanoTime();
    ExternalFigureGatherer.Gathered gathered = gatherer.gather("ca-mau", model, period);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(gathered.figures().activity().in(period).tips()).isEqualTo(2);
    assertThat(gathered.figures().awards()).isNull();
    assertThat(gathered.gaps()).extracting(Gap::section, Gap::kind).containsExactlyInAnyOrder(
        tuple(Section.MEMBERS, Gap.Kind.UNREACHABLE),
        tuple(Section.AWARDS, Gap.Kind.UNREACHABLE),
        tuple(Section.WELFARE, Gap.Kind.NOT_AVAILABLE));
    assertThat(gathered.gaps()).filteredOn(gap -> gap.section() == Section.AWARDS).singleElement()
        .satisfies(gap -> assertThat(gap.detail()).contains("UNAVAILABLE"));
    assertThat(gathered.gaps()).filteredOn(gap -> gap.section() == Section.MEMBERS).singleElement()
        .satisfies(gap -> assertThat(gap.detail()).contains("300 ms"));
  }

  @Test
  void oneCallPerSourceCoversEveryModelOfAReview() {
    List<UUID> models = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    AtomicInteger calls = new AtomicInteger();
    ModelFigureSource awards = source(Section.AWARDS, () -> {
      calls.incrementAndGet();
      return Map.of(models.get(0), new ExternalFigures(null, null, new ExternalFigures.AwardFigures(1, 0), null),
          models.get(1), new ExternalFigures(null, null, new ExternalFigures.AwardFigures(0, 2), null));
    });
    var gathered = new ExternalFigureGatherer(List.of(awards), new FanOut(executor, Duration.ofSeconds(1)))
        .gatherAll("ca-mau", models, period);

    assertThat(calls).hasValue(1);
    assertThat(gathered.get(models.get(1)).figures().awards().individual()).isEqualTo(2);
    assertThat(gathered.get(models.get(2)).figures().awards()).as("left out of the answer: missing, not zero").isNull();
    assertThat(gathered.get(models.get(2)).gaps()).extracting(Gap::section, Gap::kind)
        .contains(tuple(Section.AWARDS, Gap.Kind.UNREACHABLE));
  }

  private interface Answer {
    Map<UUID, ExternalFigures> get() throws Exception;
  }

  private static ModelFigureSource source(Section section, Answer answer) {
    return new ModelFigureSource() {
      @Override
      public Section section() {
        return section;
      }

      @Override
      public Map<UUID, ExternalFigures> read(String province, Collection<UUID> models, Period upTo) {
        try {
          return answer.get();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }
}

package vn.antq.registry.domain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.antq.registry.domain.FanOut;
import vn.antq.registry.domain.Gap;
import vn.antq.registry.domain.Section;

class DashboardAssemblerTest {

  private static final Map<String, String> KNOWN = Map.of("bac-lieu", "Bạc Liêu", "ca-mau", "Cà Mau",
      "an-giang", "An Giang");

  @Test
  void aProvinceASourceCouldNotReadIsMissingThereAndOnlyThere() {
    var registry = new FanOut.Answered<>(new SectionFigures(Map.of(
        "bac-lieu", Map.of(Figure.MODELS, 50L, Figure.MEMBERS, 21_986L),
        "ca-mau", Map.of(Figure.MODELS, 12L, Figure.MEMBERS, 3_150L)), Set.of()));
    var members = new FanOut.Answered<>(new SectionFigures(Map.of(
        "bac-lieu", Map.of(Figure.REGISTERED_MEMBERS, 22_000L)), Set.of("ca-mau")));

    Dashboard dashboard = DashboardAssembler.assemble(KNOWN, Map.of(Section.REGISTRY, registry, Section.MEMBERS, members));

    assertThat(dashboard.complete()).isFalse();
    ProvinceRow camau = row(dashboard, "ca-mau");
    assertThat(camau.figures()).containsEntry(Figure.MEMBERS, 3_150L).doesNotContainKey(Figure.REGISTERED_MEMBERS);
    assertThat(camau.missing()).contains(Section.MEMBERS);
    ProvinceRow angiang = row(dashboard, "an-giang");
    assertThat(angiang.figures()).as("answered and absent: zero").containsEntry(Figure.REGISTERED_MEMBERS, 0L)
        .containsEntry(Figure.MODELS, 0L);
    assertThat(dashboard.gaps()).filteredOn(gap -> gap.section() == Section.MEMBERS).singleElement()
        .satisfies(gap -> {
          assertThat(gap.kind()).isEqualTo(Gap.Kind.UNREACHABLE);
          assertThat(gap.provinces()).containsExactly("ca-mau");
        });
    assertThat(dashboard.nation().figures()).containsEntry(Figure.MODELS, 62L)
        .containsEntry(Figure.REGISTERED_MEMBERS, 22_000L);
    assertThat(dashboard.nation().missing()).contains(Section.MEMBERS, Section.CAMPAIGNS);
  }

  @Test
  void aFailedSourceLeavesItsFiguresAbsentEverywhereAndTheReportSaysWhy() {
    Dashboard dashboard = DashboardAssembler.assemble(KNOWN, Map.of(Section.REGISTRY,
        new FanOut.Failed<>("registry could not be reached in time (UNAVAILABLE); try again later")));

    assertThat(dashboard.complete()).isFalse();
    assertThat(dashboard.provinces()).hasSize(3).allSatisfy(row -> {
      assertThat(row.figures()).isEmpty();
      assertThat(row.missing()).containsExactlyInAnyOrder(Section.values());
    });
    assertThat(dashboard.gaps()).filteredOn(gap -> gap.kind() == Gap.Kind.UNREACHABLE).singleElement()
        .satisfies(gap -> assertThat(gap.detail()).contains("UNAVAILABLE"));
    assertThat(dashboard.gaps()).filteredOn(gap -> gap.kind() == Gap.Kind.NOT_AVAILABLE).hasSize(4);
  }

  @Test
  void sectionsWithoutASourceAreNotAvailableButTheReportIsComplete() {
    var registry = new FanOut.Answered<>(new SectionFigures(Map.of("dak-lak", Map.of(Figure.MODELS, 3L)), Set.of()));

    Dashboard dashboard = DashboardAssembler.assemble(KNOWN, Map.of(Section.REGISTRY, registry));

    assertThat(dashboard.complete()).isTrue();
    assertThat(dashboard.provinces()).extracting(ProvinceRow::province)
        .as("provinces in the data but not configured still count").contains("dak-lak");
    assertThat(dashboard.gaps()).extracting(Gap::section)
        .containsExactlyInAnyOrder(Section.MEMBERS, Section.CAMPAIGNS, Section.AWARDS, Section.WELFARE);
  }

  private static ProvinceRow row(Dashboard dashboard, String province) {
    return dashboard.provinces().stream().filter(r -> r.province().equals(province)).findFirst().orElseThrow();
  }
}

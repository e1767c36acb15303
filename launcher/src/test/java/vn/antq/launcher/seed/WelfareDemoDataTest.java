package vn.antq.launcher.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The demo ledger adds up to the report's figures before any platform starts. */
class WelfareDemoDataTest {

  @Test
  void bacLieuAddsUpToTheReportedFiguresWithinTheSeededPeriod() {
    WelfareDemoData.Province baclieu = WelfareDemoData.load().stream()
        .filter(p -> p.slug().equals("bac-lieu")).findFirst().orElseThrow();
    Map<String, Long> quantities = baclieu.items().stream().collect(Collectors.groupingBy(
        WelfareDemoData.ItemSeed::kind, Collectors.summingLong(WelfareDemoData.ItemSeed::quantity)));

    assertThat(quantities).containsEntry("CHARITY_HOUSE", 156L).containsEntry("RURAL_BRIDGE", 13L)
        .containsEntry("NOTEBOOKS", 21_000L).containsEntry("SCHOLARSHIP", 158L)
        .containsEntry("HEALTH_INSURANCE_CARD", 465L);
    assertThat(quantities.get("GIFT_PACKAGE")).isGreaterThanOrEqualTo(12_500);
    assertThat(quantities.get("RICE")).as("kilograms").isGreaterThanOrEqualTo(60_000);
    assertThat(baclieu.items().stream().mapToLong(WelfareDemoData.ItemSeed::value).sum())
        .isGreaterThanOrEqualTo(22_000_000_000L);
    assertThat(baclieu.items()).allMatch(item -> !item.handover().isBefore(LocalDate.of(2019, 1, 1))
        && !item.handover().isAfter(LocalDate.of(2023, 11, 29)));
    assertThat(baclieu.items()).filteredOn(item -> item.kind().equals("CHARITY_HOUSE"))
        .allMatch(item -> item.quantity() == 1);
  }

  @Test
  void aSplitAddsUpExactlyWithEveryPartAtLeastOne() {
    long[] parts = WelfareDemoData.split(12_480_000, 156, new Random(7));
    assertThat(LongStream.of(parts).sum()).isEqualTo(12_480_000);
    assertThat(LongStream.of(parts).min().orElseThrow()).isPositive();
    assertThat(WelfareDemoData.split(13, 13, new Random(7))).containsOnly(1L);
  }
}

package vn.antq.registry.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void aYearAQuarterAndAMonthCoverTheirDays() {
    assertThat(ReportPeriod.parse("2023"))
        .isEqualTo(new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
    assertThat(ReportPeriod.parse("2023-q4"))
        .isEqualTo(new ReportPeriod(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)));
    assertThat(ReportPeriod.parse("2024-q1"))
        .isEqualTo(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
    assertThat(ReportPeriod.parse("2024-02"))
        .isEqualTo(new ReportPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
  }
}

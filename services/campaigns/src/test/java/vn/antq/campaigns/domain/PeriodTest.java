package vn.antq.campaigns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.antq.core.DomainException;

class PeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void idsNameTheirDates() {
    Period february = Period.existing("p", "2024-02", TODAY);
    assertThat(february.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(february.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    Period fourth = Period.existing("p", "2023-q4", TODAY);
    assertThat(fourth.start()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(fourth.end()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(Period.existing("p", "2023", TODAY).end()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(february.id()).isEqualTo("2024-02");
    assertThat(fourth.id()).isEqualTo("2023-q4");
  }

  @Test
  void aMonthLiesInItsQuarterAndYear() {
    assertThat(Period.around(LocalDate.of(2023, 8, 15))).extracting(Period::id)
        .containsExactly("2023-08", "2023-q3", "2023");
    assertThat(Period.existing("p", "2023-q2", TODAY).selfAndEnclosing()).extracting(Period::id)
        .containsExactly("2023-q2", "2023");
  }

  @Test
  void onlyStartedPeriodsSinceTheCountrysFoundingExist() {
    assertThat(Period.existing("p", "2026-11", TODAY).kind()).isEqualTo(PeriodKind.MONTH);
    assertThat(Period.existing("p", "2026-q4", TODAY).kind()).isEqualTo(PeriodKind.QUARTER);
    for (String id : new String[] {"2026-12", "2027", "2027-q1", "1944", "2023-13", "2023-q0", "2023-Q1", " 2023", ""}) {
      DomainException.InvalidInput error = assertThrows(DomainException.InvalidInput.class,
          () -> Period.existing("name", id, TODAY), id);
      assertThat(error.violations()).extracting(DomainException.FieldViolation::field).containsExactly("name");
    }
  }
}

package vn.antq.members.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NationalIdTest {

  @Test
  void theLayoutOfCircular07IsChecked() {
    assertThat(NationalId.problems("095178001234", LocalDate.of(1978, 3, 15), Gender.FEMALE)).isEmpty();
    assertThat(NationalId.problems("096205001234", LocalDate.of(2005, 1, 1), Gender.FEMALE))
        .singleElement().asString().contains("4th digit must be 3");
    assertThat(NationalId.problems("099078001234", LocalDate.of(1978, 1, 1), Gender.MALE))
        .singleElement().asString().contains("099");
    assertThat(NationalId.problems("095079001234", LocalDate.of(1978, 1, 1), Gender.MALE))
        .singleElement().asString().contains("(78)");
    assertThat(NationalId.problems("95078001234", null, null)).singleElement().asString().contains("leading zeros");
    assertThat(NationalId.problems("09507800123A", null, null)).containsExactly("must be 12 digits");
  }

  @Test
  void centuriesAndGendersHaveTheirDigit() {
    assertThat(NationalId.centuryGenderDigit(1999, Gender.MALE)).isZero();
    assertThat(NationalId.centuryGenderDigit(1950, Gender.FEMALE)).isEqualTo(1);
    assertThat(NationalId.centuryGenderDigit(2000, Gender.MALE)).isEqualTo(2);
    assertThat(NationalId.centuryGenderDigit(2099, Gender.FEMALE)).isEqualTo(3);
    assertThat(NationalId.centuryGenderDigit(2100, Gender.MALE)).isEqualTo(4);
  }

  @Test
  void theMaskShowsTheFirstFourAndLastTwoDigits() {
    assertThat(NationalId.mask("079123456734")).isEqualTo("0791******34");
    assertThat(NationalId.clean(" 095 178 001.234 ")).isEqualTo("095178001234");
  }
}

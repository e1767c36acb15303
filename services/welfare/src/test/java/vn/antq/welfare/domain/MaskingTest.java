package vn.antq.welfare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void initialsKeepAVietnameseLetterWhole() {
    assertThat(Masking.initials("Nguyễn Văn An")).isEqualTo("N. V. A.");
    assertThat(Masking.initials("Ưng Thị Ánh Đào")).isEqualTo("Ư. T. Á. Đ.");
    assertThat(Masking.initials("  Lâm   Hân ")).isEqualTo("L. H.");
  }

  @Test
  void numbersShowTheirLastThreeDigitsOnly() {
    assertThat(Masking.lastDigits("094123456789")).isEqualTo("*********789");
    assertThat(Masking.lastDigits("12")).isEqualTo("12");
    assertThat(Masking.lastDigits("")).isEmpty();
    assertThat(Masking.lastDigits(null)).isNull();
  }

  @Test
  void aMaskedRecordKeepsOnlyTheBirthYearAndNothingOfAddressOrCircumstances() {
    Beneficiary full = new Beneficiary(UUID.randomUUID(), "bac-lieu", BeneficiaryType.STUDENT, "Lâm Ngọc Hân", null, "",
        "", "Xã Long Điền", "Huyện Đông Hải", LocalDate.of(2011, 9, 5), 2011, "Trường THCS Long Điền",
        "Mồ côi cha", false, Instant.now());
    Beneficiary masked = Masking.mask(full);
    assertThat(masked.masked()).isTrue();
    assertThat(masked.birthDate()).isNull();
    assertThat(masked.birthYear()).isEqualTo(2011);
    assertThat(masked.address()).as("nothing to hide stays empty").isEmpty();
    assertThat(masked.circumstances()).isEqualTo("***");
    assertThat(masked.nationalId()).isNull();
    assertThat(masked.school()).isEqualTo("Trường THCS Long Điền");
  }
}

package vn.antq.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void foldRemovesDiacriticsAndCaseIncludingDStroke() {
    assertThat(VietnameseText.fold("Nguyễn Văn A")).isEqualTo("nguyen van a");
    assertThat(VietnameseText.fold("Đội tự quản ĐÊ BIỂN")).isEqualTo("doi tu quan de bien");
  }

  @Test
  void cleanTurnsDecomposedInputIntoNfcAndCollapsesSpaces() {
    String decomposed = Normalizer.normalize("Tổ ngư dân  tự quản ", Normalizer.Form.NFD);
    String cleaned = VietnameseText.clean(decomposed);
    assertThat(cleaned).isEqualTo("Tổ ngư dân tự quản");
    assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
    assertThat(cleaned.length()).isLessThan(decomposed.length());
  }

  @Test
  void violationsReportEveryFieldAtOnce() {
    Violations v = new Violations().requireText("", "model.display_name", 10)
        .requireText("x".repeat(11), "model.code", 10)
        .check(true, "model.sector", "never reported");
    DomainException.InvalidInput error = org.junit.jupiter.api.Assertions.assertThrows(
        DomainException.InvalidInput.class, v::throwIfAny);
    assertThat(error.violations()).extracting(DomainException.FieldViolation::field)
        .containsExactly("model.display_name", "model.code");
  }
}

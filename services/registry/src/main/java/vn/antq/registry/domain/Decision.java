package vn.antq.registry.domain;

import java.time.LocalDate;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/** A formal decision (quyết định): its number, e.g. "1234/QĐ-BCA", and date. */
public record Decision(String number, LocalDate date) {

  public static final int MAX_NUMBER = 60;

  /** The decision in stored form, with every problem added to {@code violations} under {@code field}. */
  public static Decision checked(String number, LocalDate date, String field, Violations violations) {
    String clean = VietnameseText.clean(number);
    violations.requireText(clean, field + ".number", MAX_NUMBER);
    violations.check(date != null, field + ".date", "must be given");
    violations.check(date == null || RegistryService.validDate(date), field + ".date",
        "must be between 1945-09-02 and today");
    return new Decision(clean, date);
  }
}

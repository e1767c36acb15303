package vn.antq.campaigns.domain;

import java.time.LocalDate;
import vn.antq.core.VietnameseText;

/** Which dated records a list returns; a null bound or district means "any". */
public record ActivityFilter(LocalDate from, LocalDate to, String district) {

  public static ActivityFilter of(Period period, String district) {
    return new ActivityFilter(period == null ? null : period.start(), period == null ? null : period.end(),
        district == null || district.isBlank() ? null : VietnameseText.clean(district));
  }
}

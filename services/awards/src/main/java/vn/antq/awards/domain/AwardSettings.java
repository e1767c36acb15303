package vn.antq.awards.domain;

import java.util.List;
import java.util.Optional;

/** A province's award settings, read afresh on every call (configuration refreshes apply at once). */
public interface AwardSettings {

  List<AwardForm> forms(String province);

  default Optional<AwardForm> form(String province, String code) {
    return forms(province).stream().filter(form -> form.code().equals(code)).findFirst();
  }

  /** Days a nomination may wait for a decision, counted from the end of its achievement period. */
  int overdueAfterDays(String province);
}

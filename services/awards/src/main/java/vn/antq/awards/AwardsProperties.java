package vn.antq.awards;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.antq.awards.domain.RecipientType;

/**
 * Settings of the awards service ({@code antq.awards}, config-repo/awards.yml).
 *
 * @param forms             award forms every province uses
 * @param overdueAfterDays  days a nomination may wait for a decision after its achievement period
 * @param provinces         per province: extra forms and its own overdue limit
 * @param reverifyLimit     UNVERIFIED nominations re-checked in one sweep
 */
public record AwardsProperties(@DefaultValue List<Form> forms, @DefaultValue("90") int overdueAfterDays,
                               @DefaultValue Map<String, Province> provinces, @DefaultValue("100") int reverifyLimit) {

  public record Form(String code, String name, @DefaultValue Set<RecipientType> recipientTypes) {}

  /** @param overdueAfterDays 0: the default applies */
  public record Province(@DefaultValue List<Form> extraForms, @DefaultValue("0") int overdueAfterDays) {}
}

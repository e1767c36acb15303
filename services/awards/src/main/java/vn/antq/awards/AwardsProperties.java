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
 * (The re-verification sweep's {@code reverify-interval} and {@code reverify-limit} are read by
 * {@link vn.antq.awards.grpc.Reverification}.)
 */
public record AwardsProperties(@DefaultValue List<Form> forms, @DefaultValue("90") int overdueAfterDays,
                               @DefaultValue Map<String, Province> provinces) {

  public record Form(String code, String name, @DefaultValue Set<RecipientType> recipientTypes) {}

  /** @param overdueAfterDays 0: the default applies */
  public record Province(@DefaultValue List<Form> extraForms, @DefaultValue("0") int overdueAfterDays) {}
}

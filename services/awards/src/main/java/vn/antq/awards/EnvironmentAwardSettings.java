package vn.antq.awards;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import vn.antq.awards.domain.AwardForm;
import vn.antq.awards.domain.AwardSettings;

/**
 * Award settings bound from the environment on every read: a configuration refresh (libs/config-watch)
 * changes the environment, and the next call sees the new forms and limits without a restart.
 */
class EnvironmentAwardSettings implements AwardSettings {

  private final Environment environment;

  EnvironmentAwardSettings(Environment environment) {
    this.environment = environment;
  }

  AwardsProperties properties() {
    return Binder.get(environment).bindOrCreate("antq.awards", AwardsProperties.class);
  }

  @Override
  public List<AwardForm> forms(String province) {
    AwardsProperties properties = properties();
    List<AwardForm> forms = new ArrayList<>();
    properties.forms().forEach(form -> forms.add(toForm(form)));
    AwardsProperties.Province own = properties.provinces().get(province);
    if (own != null) {
      own.extraForms().stream().map(EnvironmentAwardSettings::toForm)
          .filter(extra -> forms.stream().noneMatch(form -> form.code().equals(extra.code())))
          .forEach(forms::add);
    }
    return forms;
  }

  @Override
  public int overdueAfterDays(String province) {
    AwardsProperties properties = properties();
    AwardsProperties.Province own = properties.provinces().get(province);
    return own != null && own.overdueAfterDays() > 0 ? own.overdueAfterDays() : properties.overdueAfterDays();
  }

  private static AwardForm toForm(AwardsProperties.Form form) {
    return new AwardForm(form.code(), form.name(), form.recipientTypes());
  }
}

package vn.antq.gateway.limits;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * The tiers and the province directory as they are now. Bound again after every configuration
 * refresh (libs/config-watch polls the config server), so an onboarded province, a suspended one or
 * a changed tier applies without a restart — immutable properties records alone would keep their
 * start-up values.
 */
class LimitSettings {

  private final Environment environment;
  private final AtomicReference<RateLimitProperties> limits = new AtomicReference<>();
  private final AtomicReference<TenantProperties> tenants = new AtomicReference<>();

  LimitSettings(Environment environment, RateLimitProperties limits, TenantProperties tenants) {
    this.environment = environment;
    this.limits.set(limits);
    this.tenants.set(tenants);
  }

  RateLimitProperties limits() {
    return limits.get();
  }

  TenantProperties tenants() {
    return tenants.get();
  }

  @EventListener
  void onRefresh(EnvironmentChangeEvent event) {
    if (event.getKeys().stream().anyMatch(key -> key.startsWith("antq.tenants") || key.startsWith("antq.gateway.rate-limits"))) {
      Binder binder = Binder.get(environment);
      limits.set(binder.bindOrCreate("antq.gateway.rate-limits", RateLimitProperties.class));
      tenants.set(binder.bindOrCreate("antq", TenantProperties.class));
    }
  }
}

package vn.antq.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.antq.registry.domain.dashboard.ProvinceDirectory;

/**
 * The provinces of config-repo/tenants, as the config server serves them ({@code antq.tenants.<slug>.*}),
 * read on each call so that an onboarded province appears after the next configuration refresh.
 * Offboarded provinces are left out; their data, if any, still shows under their slug.
 */
@Component
class ConfiguredProvinces implements ProvinceDirectory {

  private final Environment environment;

  ConfiguredProvinces(Environment environment) {
    this.environment = environment;
  }

  record Tenant(String name, String status) {}

  @Override
  public Map<String, String> provinces() {
    Map<String, Tenant> tenants = Binder.get(environment)
        .bind("antq.tenants", Bindable.mapOf(String.class, Tenant.class)).orElse(Map.of());
    Map<String, String> provinces = new LinkedHashMap<>();
    tenants.forEach((slug, tenant) -> {
      if (tenant.status() == null || "active".equals(tenant.status())) {
        provinces.put(slug, tenant.name() == null ? slug : tenant.name());
      }
    });
    return provinces;
  }
}

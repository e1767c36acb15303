package vn.antq.gateway.limits;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province directory as the config server serves it ({@code antq.tenants.<slug>.*}, from
 * {@code config-repo/tenants/}); only what the gateway enforces is bound.
 */
@ConfigurationProperties("antq")
public record TenantProperties(Map<String, Tenant> tenants) {

  public TenantProperties {
    tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
  }

  public Optional<Tenant> find(String slug) {
    return Optional.ofNullable(tenants.get(slug));
  }

  /** @param status active, suspended, merged or offboarded; only active provinces are served */
  public record Tenant(String status, String tier) {

    public boolean isActive() {
      return "active".equals(status);
    }
  }
}

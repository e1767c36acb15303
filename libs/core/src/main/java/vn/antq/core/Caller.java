package vn.antq.core;

import java.util.Set;

/**
 * Who is calling, as proven by a verified token: the subject, the province the token is bound to
 * (null for Ministry and operations callers) and the roles. The bearer token itself is kept so that
 * outgoing calls can forward it and the callee can verify it again.
 */
public record Caller(String subject, String province, Set<Role> roles, String bearerToken) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isProvinceCaller() {
    return province != null && roles.stream().anyMatch(Role::isProvinceRole);
  }

  public boolean isMinistryCaller() {
    return province == null && roles.stream().anyMatch(Role::isMinistryRole);
  }
}

package vn.antq.gateway.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.antq.api.v1.Access;
import vn.antq.core.Caller;
import vn.antq.core.Role;

/**
 * The gateway's half of the contract's access policy, checked before any backend is called.
 * Province access compares the token's province with the {@code provinces/{p}} prefix of every
 * resource name in the request; the denial reasons never name a province.
 */
public final class AccessPolicy {

  private static final String PROVINCES = "provinces/";

  private AccessPolicy() {}

  /** Why the caller may not make this REST call, or empty when it may. */
  public static Optional<String> denial(Access access, String verb, Map<String, String> pathVariables, Caller caller) {
    if (access == Access.NATIONAL_READ && !verb.equals("GET")) {
      return Optional.of("National access is read-only.");
    }
    return denial(access, pathVariables.values(), caller);
  }

  /**
   * Why the caller may not make this call, or empty when it may.
   *
   * @param resourceNames the request's resource names (URL path variables, or a gRPC request's
   *     {@code parent}/{@code name} fields); values outside {@code provinces/} are ignored
   */
  public static Optional<String> denial(Access access, Collection<String> resourceNames, Caller caller) {
    return switch (access) {
      case PROVINCE_READ, PROVINCE_WRITE -> provinceDenial(caller.isProvinceCaller(), resourceNames, caller,
          "This operation needs a province officer or administrator.");
      case PROVINCE_ADMIN -> provinceDenial(caller.isProvinceCaller() && caller.has(Role.PROVINCE_ADMIN),
          resourceNames, caller, "This operation needs a province administrator.");
      case NATIONAL_READ -> caller.isMinistryCaller()
          ? Optional.empty()
          : Optional.of("This operation needs a Ministry caller.");
      case NATIONAL_ADMIN -> caller.province() == null && caller.has(Role.MINISTRY_ADMIN)
          ? Optional.empty()
          : Optional.of("This operation needs a Ministry administrator.");
      default -> Optional.of("This operation declares no access policy.");
    };
  }

  private static Optional<String> provinceDenial(boolean hasRole, Collection<String> resourceNames, Caller caller,
      String roleReason) {
    if (!hasRole) {
      return Optional.of(roleReason);
    }
    Set<String> provinces = resourceNames.stream()
        .filter(value -> value.startsWith(PROVINCES))
        .map(value -> value.substring(PROVINCES.length()).split("/", -1)[0])
        .collect(Collectors.toSet());
    if (provinces.isEmpty()) {
      return Optional.of("The request names no province.");
    }
    return provinces.equals(Set.of(caller.province()))
        ? Optional.empty()
        : Optional.of("The token does not grant access to the province in the request.");
  }
}

package vn.antq.gateway.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import vn.antq.core.Caller;
import vn.antq.core.Role;

/** The caller a verified token proves: the only source of the province a request may act on. */
@Component
public class Callers {

  private final ClaimsProperties claims;

  public Callers(ClaimsProperties claims) {
    this.claims = claims;
  }

  public Caller from(Jwt jwt) {
    String province = jwt.getClaimAsString(claims.province());
    List<String> roleNames = Optional.ofNullable(jwt.getClaimAsStringList(claims.roles())).orElse(List.of());
    Set<Role> roles = roleNames.stream().map(Role::parse).flatMap(Optional::stream).collect(Collectors.toSet());
    return new Caller(jwt.getSubject(), province == null || province.isBlank() ? null : province, roles,
        jwt.getTokenValue());
  }
}

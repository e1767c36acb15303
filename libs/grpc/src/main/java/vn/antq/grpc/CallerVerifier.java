package vn.antq.grpc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import vn.antq.core.Caller;
import vn.antq.core.Role;

/**
 * Turns a bearer token into a {@link Caller}, verifying signature (JWKS), expiry and issuer first.
 * Depends only on the JWKS URI and the claim names, so any OIDC provider can issue the tokens.
 */
public class CallerVerifier {

  private final JwtDecoder decoder;
  private final String provinceClaim;
  private final String rolesClaim;

  public CallerVerifier(JwtDecoder decoder, String provinceClaim, String rolesClaim) {
    this.decoder = decoder;
    this.provinceClaim = provinceClaim;
    this.rolesClaim = rolesClaim;
  }

  /** @throws InvalidTokenException when the token is missing, malformed, forged, unsigned or expired */
  public Caller verify(String bearerToken) {
    if (bearerToken == null || bearerToken.isBlank()) {
      throw new InvalidTokenException("missing bearer token");
    }
    Jwt jwt;
    try {
      jwt = decoder.decode(bearerToken);
    } catch (JwtException e) {
      throw new InvalidTokenException("invalid token: " + e.getMessage());
    }
    String province = jwt.getClaimAsString(provinceClaim);
    return new Caller(jwt.getSubject(), province == null || province.isBlank() ? null : province,
        roles(jwt.getClaim(rolesClaim)), bearerToken);
  }

  private static Set<Role> roles(Object claim) {
    Set<Role> roles = new LinkedHashSet<>();
    if (claim instanceof Collection<?> values) {
      values.forEach(value -> Role.parse(String.valueOf(value)).ifPresent(roles::add));
    } else if (claim instanceof String value) {
      for (String part : value.split("[ ,]+")) {
        Role.parse(part).ifPresent(roles::add);
      }
    }
    return roles;
  }

  public static class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String message) {
      super(message);
    }
  }
}

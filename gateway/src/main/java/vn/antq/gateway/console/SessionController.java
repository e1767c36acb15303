package vn.antq.gateway.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.antq.core.Caller;
import vn.antq.gateway.security.Callers;

/**
 * Who is logged in to the console: name, province and roles, never a token. The province and roles
 * come from the verified access token the request carries (the same the API enforces); the display
 * name from the login's ID token. Answering also issues the CSRF cookie the console sends back as a
 * header on every change.
 */
@RestController
class SessionController {

  private final ServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();
  private final Callers callers;
  private final Environment environment;

  SessionController(Callers callers, Environment environment) {
    this.callers = callers;
    this.environment = environment;
  }

  @GetMapping("/api/v1/session")
  Mono<Map<String, Object>> session(@AuthenticationPrincipal Jwt token, ServerWebExchange exchange) {
    Caller caller = callers.from(token);
    Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
    Mono<String> displayName = sessions.load(exchange)
        .mapNotNull(context -> context.getAuthentication() instanceof OAuth2AuthenticationToken login
            && login.getPrincipal() instanceof OidcUser user ? user : null)
        .mapNotNull(user -> user.getFullName() != null ? user.getFullName() : user.getPreferredUsername());
    return csrf.then(displayName.defaultIfEmpty(caller.subject())).map(name -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("subject", caller.subject());
      body.put("displayName", name);
      if (caller.province() != null) {
        body.put("province", caller.province());
        // The province directory of the config server (config-repo/tenants/), followed on refresh.
        body.put("provinceName", environment.getProperty("antq.tenants." + caller.province() + ".name", caller.province()));
      }
      body.put("roles", caller.roles().stream().map(Enum::name).sorted().toList());
      return body;
    });
  }
}

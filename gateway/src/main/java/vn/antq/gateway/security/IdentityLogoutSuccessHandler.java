package vn.antq.gateway.security;

import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import vn.antq.gateway.console.ConsoleProperties;

/**
 * After the gateway session is gone, ends the identity session too (OpenID Connect RP-initiated
 * logout), which then sends the browser back to the console. Without it the next login would pass
 * silently as the same user.
 */
final class IdentityLogoutSuccessHandler implements ServerLogoutSuccessHandler {

  private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();
  private final ConsoleProperties console;

  IdentityLogoutSuccessHandler(ConsoleProperties console) {
    this.console = console;
  }

  @Override
  public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
    URI request = exchange.getExchange().getRequest().getURI();
    String back = UriComponentsBuilder.fromUri(request).replacePath("/").replaceQuery(null).build().toUriString();
    UriComponentsBuilder logout = UriComponentsBuilder.fromUriString(console.identityUri()).path("/connect/logout")
        .queryParam("client_id", console.clientId())
        .queryParam("post_logout_redirect_uri", back);
    if (authentication instanceof OAuth2AuthenticationToken login && login.getPrincipal() instanceof OidcUser user) {
      logout.queryParam("id_token_hint", user.getIdToken().getTokenValue());
    } else {
      // No login to end at identity: straight back to the console.
      return redirects.sendRedirect(exchange.getExchange(), URI.create(back));
    }
    return redirects.sendRedirect(exchange.getExchange(), logout.encode().build().toUri());
  }
}

package vn.antq.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Token relay for the web console: a request without an Authorization header whose web session
 * holds a console login is sent on with that login's access token (refreshed by the authorized
 * client manager when it can be), so the bearer check and everything after it treat it exactly like
 * a machine client's request. The token never reaches the browser. A request that already carries
 * an Authorization header is left untouched; one without a session goes on without a token and is
 * answered 401 by the bearer check.
 */
final class SessionTokenRelay implements WebFilter {

  private final ServerSecurityContextRepository sessions;
  private final ReactiveOAuth2AuthorizedClientManager authorizedClients;
  private final String registrationId;

  SessionTokenRelay(ServerSecurityContextRepository sessions, ReactiveOAuth2AuthorizedClientManager authorizedClients,
      String registrationId) {
    this.sessions = sessions;
    this.authorizedClients = authorizedClients;
    this.registrationId = registrationId;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
      return chain.filter(exchange);
    }
    return sessions.load(exchange)
        .mapNotNull(context -> context.getAuthentication() instanceof OAuth2AuthenticationToken login ? login : null)
        .flatMap(login -> authorizedClients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
            .principal(login)
            .attribute(ServerWebExchange.class.getName(), exchange)
            .build()))
        .map(client -> exchange.mutate()
            .request(request -> request.headers(headers -> headers.setBearerAuth(client.getAccessToken().getTokenValue())))
            .build())
        // A session whose token can no longer be renewed is treated as no session: 401, and the console logs in again.
        .onErrorResume(error -> Mono.empty())
        .defaultIfEmpty(exchange)
        .flatMap(chain::filter);
  }
}

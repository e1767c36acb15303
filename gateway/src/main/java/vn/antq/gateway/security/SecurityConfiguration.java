package vn.antq.gateway.security;

import java.net.HttpCookie;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.antq.gateway.console.ConsoleProperties;
import vn.antq.gateway.problem.ProblemWriter;

/**
 * Two filter chains.
 *
 * <p>{@code /api/**}: bearer tokens verified against the identity service's JWKS
 * (spring.security.oauth2.resourceserver.jwt.*); the per-method province policy is applied by the
 * transcoder, which knows the route. A browser of the web console sends no token: it sends its
 * session cookie, and {@link SessionTokenRelay} puts the session's access token on the request before
 * the bearer check, so both kinds of caller go through the same verification. Only such cookie
 * requests need a CSRF token (double-submit cookie); machine clients are unchanged.
 *
 * <p>Everything else: the console's login (authorization code with PKCE against identity, the
 * gateway as backend-for-frontend), logout, and the console's static files.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CSRF_COOKIE = "XSRF-TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

  /**
   * No observations of Spring Security's own: it would wrap each filter of the chain in an observing
   * decorator (3 to 5 % of the gateway's CPU in the bench's profile, even with the observations
   * themselves switched off). Requests are still observed as a whole ({@code http.server.requests}).
   */
  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /** Spring Security's strict firewall with the same header rules, checked without regular expressions. */
  @Bean
  static ServerWebExchangeFirewall serverWebExchangeFirewall() {
    StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
    firewall.setAllowedHeaderNames(HeaderText::isAllowedName);
    firewall.setAllowedHeaderValues(HeaderText::isAllowedValue);
    return firewall;
  }

  @Bean
  @Order(1)
  SecurityWebFilterChain apiSecurityWebFilterChain(ServerHttpSecurity http, ProblemWriter problems,
      ReactiveOAuth2AuthorizedClientManager authorizedClients, ConsoleProperties console) {
    ProblemAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint(problems);
    ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(problems);
    return http
        .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
        .csrf(csrf -> csrf
            .csrfTokenRepository(csrfTokens(console))
            .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
            .requireCsrfProtectionMatcher(unsafeCookieRequest(console))
            .accessDeniedHandler(denied))
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .addFilterAt(new SessionTokenRelay(new WebSessionServerSecurityContextRepository(), authorizedClients,
            console.registrationId()), SecurityWebFiltersOrder.HTTP_BASIC)
        .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
        .oauth2ResourceServer(server -> server
            .jwt(Customizer.withDefaults())
            .bearerTokenConverter(new BearerTokenConverter())
            .authenticationEntryPoint(unauthenticated)
            .accessDeniedHandler(denied))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(unauthenticated)
            .accessDeniedHandler(denied))
        .build();
  }

  @Bean
  @Order(2)
  SecurityWebFilterChain consoleSecurityWebFilterChain(ServerHttpSecurity http,
      ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository authorizedClients,
      ConsoleProperties console) {
    DefaultServerOAuth2AuthorizationRequestResolver authorizationRequests =
        new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
    // PKCE even if the client were given a secret: the code is useless to whoever intercepts it.
    authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return http
        .csrf(csrf -> csrf
            .csrfTokenRepository(csrfTokens(console))
            .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
        .oauth2Login(login -> login
            .authorizationRequestResolver(authorizationRequests)
            .authorizedClientRepository(authorizedClients)
            .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?loginError")))
        .logout(logout -> logout
            .logoutUrl("/logout")
            .logoutSuccessHandler(new IdentityLogoutSuccessHandler(console)))
        .build();
  }

  /** Authorized clients (access tokens) live in the web session, so every replica sharing the session store has them. */
  @Bean
  ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
    return new WebSessionServerOAuth2AuthorizedClientRepository();
  }

  @Bean
  ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
      ServerOAuth2AuthorizedClientRepository authorizedClients) {
    DefaultReactiveOAuth2AuthorizedClientManager manager =
        new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
    // An expired access token is refreshed when identity issued a refresh token for the client.
    manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
        .authorizationCode().refreshToken().build());
    return manager;
  }

  private static CookieServerCsrfTokenRepository csrfTokens(ConsoleProperties console) {
    // Readable by the console's script (that is the point of double-submit); the session cookie is not.
    CookieServerCsrfTokenRepository tokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieName(CSRF_COOKIE);
    tokens.setHeaderName(CSRF_HEADER);
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(console.cookieSecure()));
    return tokens;
  }

  /** Unsafe methods sent with the session cookie and without a bearer token: a browser of the console. */
  private static ServerWebExchangeMatcher unsafeCookieRequest(ConsoleProperties console) {
    return exchange -> {
      var request = exchange.getRequest();
      boolean match = !SAFE_METHODS.contains(request.getMethod())
          && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
          && request.getCookies().containsKey(console.sessionCookie());
      return match ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    };
  }
}

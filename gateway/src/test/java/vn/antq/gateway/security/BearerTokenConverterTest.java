package vn.antq.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/** The gateway's bearer token reader decides every header as Spring Security's own converter does. */
class BearerTokenConverterTest {

  private static final String JWT = "eyJraWQiOiJhYmMiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJiYWMtbGlldS1zeW5jIn0.c2lnbmF0dXJl-_x";

  @ParameterizedTest
  @ValueSource(strings = {
      "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer abc==", "Bearer a+b/c~d.e_f-g",
      "Bearer", "Bearer ", "Bearer  " + JWT, "Bearer " + JWT + " ", "Bearer ab=c", "Bearer ==", "Bearer tốken",
      "Bearer a\tb", "Bearerabc", "Basic dXNlcjpwYXNz", "Token " + JWT, "", " Bearer " + JWT})
  void decidesLikeSpringSecurity(String header) {
    assertThat(outcome(new BearerTokenConverter(), header))
        .isEqualTo(outcome(new ServerBearerTokenAuthenticationConverter(), header));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer " + JWT, "bearer abc=="})
  void passesTheTokenOn(String header) {
    assertThat(outcome(new BearerTokenConverter(), header)).isEqualTo("token " + header.substring(7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer a b", "Bearer ", "Bearer é"})
  void refusesAMalformedToken(String header) {
    assertThat(outcome(new BearerTokenConverter(), header)).isEqualTo("refused invalid_token");
  }

  /** "none", "token <value>" or "refused <error code>". */
  private static String outcome(ServerAuthenticationConverter converter, String header) {
    MockServerWebExchange exchange = MockServerWebExchange.from(
        MockServerHttpRequest.get("/api/v1/provinces/bac-lieu/models").header(HttpHeaders.AUTHORIZATION, header));
    try {
      Optional<Authentication> authentication = converter.convert(exchange).blockOptional();
      return authentication.map(token -> "token " + ((BearerTokenAuthenticationToken) token).getToken()).orElse("none");
    } catch (OAuth2AuthenticationException e) {
      return "refused " + e.getError().getErrorCode();
    }
  }
}

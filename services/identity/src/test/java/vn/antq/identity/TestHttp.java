package vn.antq.identity;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Real HTTP against the running server: keeps cookies, never follows redirects, never throws on status. */
final class TestHttp {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final String baseUrl;

    private final RestClient client;

    TestHttp(int port) {
        this.baseUrl = "http://localhost:" + port;
        HttpClient httpClient = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
        this.client = RestClient.builder()
            .baseUrl(baseUrl)
            .requestFactory(new JdkClientHttpRequestFactory(httpClient))
            .defaultStatusHandler((status) -> true, (request, response) -> {
            })
            .build();
    }

    RestClient client() {
        return client;
    }

    String baseUrl() {
        return baseUrl;
    }

    ResponseEntity<Map<String, Object>> clientCredentialsToken(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return client.post()
            .uri("/oauth2/token")
            .headers((headers) -> headers.setBasicAuth(clientId, secret))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .toEntity(JSON);
    }

    /** Verifies signature and expiry against the published JWKS, as a resource server would. */
    Jwt verify(String token) {
        return NimbusJwtDecoder.withJwkSetUri(baseUrl + "/oauth2/jwks").build().decode(token);
    }

    JWKSet jwks() throws Exception {
        return JWKSet.parse(client.get().uri("/oauth2/jwks").retrieve().body(String.class));
    }
}

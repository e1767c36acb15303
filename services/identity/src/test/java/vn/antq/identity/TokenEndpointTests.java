package vn.antq.identity;

import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

@DemoServerTest
class TokenEndpointTests {

    private static final String DEMO_SECRET = "antq-demo-secret";

    @LocalServerPort
    private int port;

    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
    }

    @Test
    void provinceClientGetsSignedTokenBoundToItsProvince() throws Exception {
        ResponseEntity<Map<String, Object>> response = http.clientCredentialsToken("bac-lieu-sync", DEMO_SECRET);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Jwt jwt = http.verify((String) response.getBody().get("access_token"));
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getHeaders()).containsEntry("kid", http.jwks().getKeys().get(0).getKeyID());
        assertThat(jwt.getSubject()).isEqualTo("bac-lieu-sync");
        assertThat(jwt.getClaimAsString("province")).isEqualTo("bac-lieu");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROVINCE_OFFICER");
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(15 * 60));
    }

    @Test
    void wrongSecretIsRejectedAsInvalidClient() {
        ResponseEntity<Map<String, Object>> response = http.clientCredentialsToken("bac-lieu-sync", "wrong-secret");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).containsEntry("error", "invalid_client");
    }

    @Test
    void ministryClientTokenCarriesNoProvince() {
        ResponseEntity<Map<String, Object>> response = http.clientCredentialsToken("ministry-reports", DEMO_SECRET);

        Jwt jwt = http.verify((String) response.getBody().get("access_token"));
        assertThat(jwt.hasClaim("province")).isFalse();
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MINISTRY_ANALYST");
    }

    @Test
    void jwksPublishesOnePublicRsaSigningKey() throws Exception {
        JWKSet jwks = http.jwks();

        assertThat(jwks.getKeys()).hasSize(1);
        JWK key = jwks.getKeys().get(0);
        assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyID()).isNotBlank();
        assertThat(key.isPrivate()).isFalse();
    }

    @Test
    void discoveryAdvertisesConfiguredIssuerAndJwks() {
        Map<String, Object> metadata = http.client()
            .get()
            .uri("/.well-known/openid-configuration")
            .retrieve()
            .body(TestHttp.JSON);

        assertThat(metadata).containsEntry("issuer", "http://localhost:9000")
            .containsEntry("jwks_uri", "http://localhost:9000/oauth2/jwks");
    }
}

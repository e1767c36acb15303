package vn.antq.identity;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's own identities arrive as configuration (its tenant file, served by the config
 * server) and follow a refresh: no redeploy to onboard, and offboarding locks its clients out.
 */
@DemoServerTest
@DirtiesContext
class ProvinceOnboardingTests {

    /** The hash of "antq-demo-secret", as the onboarding command writes it. */
    private static final String SECRET_HASH = "{bcrypt}$2a$10$FAohoOxe4OE.x.L8iPSqauX6nmE/KUt8moVwBXrnAO3wkvJsY3vjS";

    @LocalServerPort
    private int port;

    @Autowired
    private ConfigurableEnvironment environment;

    @Autowired
    private ApplicationEventPublisher events;

    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
    }

    @Test
    void onboardedProvinceGetsTokensAfterARefreshAndLosesThemWhenOffboarded() {
        assertThat(http.clientCredentialsToken("lam-dong-sync", "antq-demo-secret").getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);

        refresh(Map.of("antq.tenants.lam-dong.status", "active",
                "antq.tenants.lam-dong.identity.clients[0].client-id", "lam-dong-sync",
                "antq.tenants.lam-dong.identity.clients[0].secret", SECRET_HASH,
                "antq.tenants.lam-dong.identity.clients[0].roles[0]", "PROVINCE_OFFICER"));

        ResponseEntity<Map<String, Object>> response = http.clientCredentialsToken("lam-dong-sync", "antq-demo-secret");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Jwt jwt = http.verify((String) response.getBody().get("access_token"));
        assertThat(jwt.getClaimAsString("province")).as("the province comes from the tenant file").isEqualTo("lam-dong");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROVINCE_OFFICER");

        refresh(Map.of("antq.tenants.lam-dong.status", "offboarded"));

        assertThat(http.clientCredentialsToken("lam-dong-sync", "antq-demo-secret").getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.clientCredentialsToken("bac-lieu-sync", "antq-demo-secret").getStatusCode())
            .as("other provinces are untouched").isEqualTo(HttpStatus.OK);
    }

    /** What a configuration refresh does: new property values, then the change event. */
    private void refresh(Map<String, Object> properties) {
        environment.getPropertySources().addFirst(new MapPropertySource("refresh-" + properties.hashCode(), properties));
        events.publishEvent(new EnvironmentChangeEvent(Set.copyOf(properties.keySet())));
    }
}

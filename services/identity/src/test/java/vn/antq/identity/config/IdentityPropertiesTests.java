package vn.antq.identity.config;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong identity configuration must stop startup with a message that names the problem. */
class IdentityPropertiesTests {

    private static final String HASH = "{bcrypt}$2a$10$4j7uMkQRvCXtmtsfdiK40OaxH510TyNFv.RE./C6qFx.5q61dl9bS";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(PropertiesConfiguration.class);

    @Test
    void validEntriesBindWithDefaults() {
        runner.withPropertyValues(client("bac-lieu-sync", HASH, "bac-lieu", "PROVINCE_OFFICER"))
            .withPropertyValues("antq.identity.users[0].username=lanhdao.bo", "antq.identity.users[0].password=" + HASH,
                    "antq.identity.users[0].roles[0]=MINISTRY_ADMIN")
            .run((context) -> {
                IdentityProperties properties = context.getBean(IdentityProperties.class);
                assertThat(properties.claims().province()).isEqualTo("province");
                assertThat(properties.claims().roles()).isEqualTo("roles");
                assertThat(properties.accessTokenTtl()).hasMinutes(15);
                assertThat(properties.signingKey().configured()).isFalse();
                assertThat(properties.clients()).singleElement()
                    .satisfies((client) -> assertThat(client.roles()).containsExactly(Role.PROVINCE_OFFICER));
                assertThat(properties.users()).singleElement()
                    .satisfies((user) -> assertThat(user.province()).isNull());
            });
    }

    @Test
    void plainTextClientSecretIsRefused() {
        assertStartupFails("client 'bac-lieu-sync': 'secret' must be a password hash",
                client("bac-lieu-sync", "antq-demo-secret", "bac-lieu", "PROVINCE_OFFICER"));
    }

    @Test
    void noopSecretIsRefused() {
        assertStartupFails("plain-text and {noop} values are refused",
                client("bac-lieu-sync", "{noop}antq-demo-secret", "bac-lieu", "PROVINCE_OFFICER"));
    }

    @Test
    void plainTextUserPasswordIsRefused() {
        assertStartupFails("user 'canbo.baclieu': 'password' must be a password hash",
                "antq.identity.users[0].username=canbo.baclieu", "antq.identity.users[0].password=antq-demo");
    }

    @Test
    void unknownRoleIsRefused() {
        assertStartupFails("No enum constant vn.antq.identity.config.Role.SUPERUSER",
                client("bac-lieu-sync", HASH, "bac-lieu", "SUPERUSER"));
    }

    @Test
    void provinceRoleWithoutProvinceIsRefused() {
        assertStartupFails("role PROVINCE_OFFICER is a province role and needs a province",
                client("bac-lieu-sync", HASH, null, "PROVINCE_OFFICER"));
    }

    @Test
    void nationalRoleWithProvinceIsRefused() {
        assertStartupFails("role MINISTRY_ANALYST acts nationwide and cannot be bound to province 'bac-lieu'",
                client("ministry-reports", HASH, "bac-lieu", "MINISTRY_ANALYST"));
    }

    @Test
    void publicClientCannotUseClientCredentials() {
        assertStartupFails("a public client (no secret) may only use authorization_code",
                client("antq-console", null, null, "MINISTRY_ANALYST"));
    }

    @Test
    void signingKeyNeedsBothHalves() {
        assertStartupFails("set both private-key-location and public-key-location",
                "antq.identity.signing-key.private-key-location=classpath:missing.pem");
    }

    private void assertStartupFails(String message, String... properties) {
        runner.withPropertyValues(properties).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(message);
        });
    }

    private static String[] client(String clientId, String secret, String province, String role) {
        String prefix = "antq.identity.clients[0].";
        List<String> properties = new ArrayList<>(List.of(prefix + "client-id=" + clientId,
                prefix + "grant-types=client_credentials", prefix + "roles=" + role));
        if (secret != null) {
            properties.add(prefix + "secret=" + secret);
        }
        if (province != null) {
            properties.add(prefix + "province=" + province);
        }
        return properties.toArray(String[]::new);
    }

    @EnableConfigurationProperties(IdentityProperties.class)
    static class PropertiesConfiguration {

    }
}

package vn.antq.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web console's login at the gateway (backend-for-frontend).
 *
 * @param identityUri where browsers reach the identity service (its logout endpoint)
 * @param registrationId the OAuth2 client registration of the console ({@code spring.security.oauth2.client.registration.*})
 * @param clientId the console's client id at identity
 * @param sessionCookie name of the httpOnly session cookie
 * @param cookieSecure mark the session and CSRF cookies Secure (behind https)
 */
@ConfigurationProperties("antq.console")
public record ConsoleProperties(
    @DefaultValue("http://localhost:9000") String identityUri,
    @DefaultValue("antq") String registrationId,
    @DefaultValue("antq-console") String clientId,
    @DefaultValue("ANTQ_CONSOLE_SESSION") String sessionCookie,
    @DefaultValue("false") boolean cookieSecure) {
}

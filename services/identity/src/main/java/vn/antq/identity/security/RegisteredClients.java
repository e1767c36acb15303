package vn.antq.identity.security;

import java.time.Duration;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import vn.antq.identity.config.IdentityProperties.Client;

/** A configured client as Spring Authorization Server's {@link RegisteredClient}. */
final class RegisteredClients {

    private RegisteredClients() {
    }

    static RegisteredClient of(Client client, Duration accessTokenTtl) {
        RegisteredClient.Builder builder = RegisteredClient.withId(client.clientId())
            .clientId(client.clientId())
            .clientName(client.clientId())
            .redirectUris((uris) -> uris.addAll(client.redirectUris()))
            // Where OpenID Connect logout may send the browser back (the web console's start page).
            .postLogoutRedirectUris((uris) -> uris.addAll(client.postLogoutRedirectUris()))
            .scopes((scopes) -> scopes.addAll(client.scopes()))
            .authorizationGrantTypes((types) -> client.grantTypes().forEach((type) -> types.add(type.oauth2())))
            // Every configured client is a first-party platform application: no consent screen.
            .clientSettings(ClientSettings.builder()
                .requireProofKey(client.requirePkce())
                .requireAuthorizationConsent(false)
                .build())
            .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(accessTokenTtl).build());
        if (client.isPublic()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        else {
            builder.clientSecret(client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        return builder.build();
    }
}

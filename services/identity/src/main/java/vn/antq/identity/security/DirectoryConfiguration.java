package vn.antq.identity.security;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.Assert;

import vn.antq.identity.config.IdentityProperties;
import vn.antq.identity.config.IdentityProperties.Client;
import vn.antq.identity.config.Role;

/** Users and OAuth2 clients, as configured under {@code antq.identity}. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    UserDetailsService userDetailsService(IdentityProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream().map(DirectoryConfiguration::userDetails).toList());
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties) {
        Assert.state(!properties.clients().isEmpty(), "No OAuth2 client under antq.identity.clients: "
                + "provide them through the config server or activate the 'demo' profile");
        return new InMemoryRegisteredClientRepository(properties.clients()
            .stream()
            .map((client) -> registeredClient(client, properties.accessTokenTtl()))
            .toList());
    }

    private static UserDetails userDetails(IdentityProperties.User user) {
        return User.withUsername(user.username())
            .password(user.password())
            .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
            .build();
    }

    private static RegisteredClient registeredClient(Client client, Duration accessTokenTtl) {
        RegisteredClient.Builder builder = RegisteredClient.withId(client.clientId())
            .clientId(client.clientId())
            .clientName(client.clientId())
            .redirectUris((uris) -> uris.addAll(client.redirectUris()))
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

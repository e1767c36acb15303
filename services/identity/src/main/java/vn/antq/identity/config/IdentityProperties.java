package vn.antq.identity.config;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * Users, clients and token settings under {@code antq.identity}. Entries validate themselves while
 * binding, so a bad configuration stops startup with a message naming the property.
 */
@ConfigurationProperties("antq.identity")
public record IdentityProperties(
        @DefaultValue Claims claims,
        @DefaultValue SigningKey signingKey,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue List<User> users,
        @DefaultValue List<Client> clients) {

    /** Names of the tenant claims in issued tokens. */
    public record Claims(@DefaultValue("province") String province, @DefaultValue("roles") String roles) {
    }

    /** PEM locations of the token signing key pair (PKCS#8 private key, X.509 public key). */
    public record SigningKey(Resource privateKeyLocation, Resource publicKeyLocation) {

        public SigningKey {
            if ((privateKeyLocation == null) != (publicKeyLocation == null)) {
                throw new IllegalArgumentException(
                        "signing-key: set both private-key-location and public-key-location, or neither");
            }
        }

        public boolean configured() {
            return privateKeyLocation != null;
        }
    }

    public record User(String username, String password, String displayName, String province,
            @DefaultValue List<Role> roles) {

        public User {
            EntryRules.requireText("user", "username", username);
            String owner = "user '" + username + "'";
            EntryRules.requireHashed(owner, "password", password);
            EntryRules.requireProvinceMatchesRoles(owner, province, roles);
        }
    }

    public record Client(String clientId, String secret, String province, @DefaultValue List<Role> roles,
            @DefaultValue Set<GrantType> grantTypes, @DefaultValue List<String> redirectUris,
            @DefaultValue Set<String> scopes, boolean requirePkce, @DefaultValue List<String> postLogoutRedirectUris) {

        public Client {
            EntryRules.requireText("client", "client-id", clientId);
            String owner = "client '" + clientId + "'";
            if (grantTypes.isEmpty()) {
                throw new IllegalArgumentException(owner + ": 'grant-types' is required");
            }
            if (secret != null) {
                EntryRules.requireHashed(owner, "secret", secret);
            }
            else if (!grantTypes.equals(Set.of(GrantType.AUTHORIZATION_CODE)) || !requirePkce) {
                // A client without a secret cannot authenticate itself; PKCE is its only proof.
                throw new IllegalArgumentException(
                        owner + ": a public client (no secret) may only use authorization_code with require-pkce: true");
            }
            if (grantTypes.contains(GrantType.CLIENT_CREDENTIALS) && roles.isEmpty()) {
                throw new IllegalArgumentException(owner + ": client_credentials needs at least one role");
            }
            EntryRules.requireProvinceMatchesRoles(owner, province, roles);
        }

        public boolean isPublic() {
            return secret == null;
        }
    }

    public enum GrantType {

        AUTHORIZATION_CODE(AuthorizationGrantType.AUTHORIZATION_CODE),
        CLIENT_CREDENTIALS(AuthorizationGrantType.CLIENT_CREDENTIALS),
        REFRESH_TOKEN(AuthorizationGrantType.REFRESH_TOKEN);

        private final AuthorizationGrantType oauth2;

        GrantType(AuthorizationGrantType oauth2) {
            this.oauth2 = oauth2;
        }

        public AuthorizationGrantType oauth2() {
            return oauth2;
        }
    }
}

package vn.antq.identity.token;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import vn.antq.identity.config.IdentityProperties;
import vn.antq.identity.config.IdentityProperties.Client;
import vn.antq.identity.config.IdentityProperties.User;
import vn.antq.identity.config.Role;
import vn.antq.identity.security.Directory;

/**
 * Adds the tenant claims (province, roles) that resource servers authorize on. They describe the
 * user for browser flows and the client itself for client_credentials. Province is left out for
 * national roles, so its absence means "not bound to a province".
 */
@Component
class TenantClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final Directory directory;

    TenantClaimsCustomizer(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean idToken = ID_TOKEN.equals(context.getTokenType());
        if (!idToken && !OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        JwtClaimsSet.Builder claims = context.getClaims();
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            Client client = directory.client(context.getRegisteredClient().getClientId());
            addTenantClaims(claims, client.province(), client.roles());
            return;
        }
        User user = directory.user(context.getPrincipal().getName());
        addTenantClaims(claims, user.province(), user.roles());
        if (idToken && user.displayName() != null && context.getAuthorizedScopes().contains(OidcScopes.PROFILE)) {
            claims.claim(StandardClaimNames.NAME, user.displayName());
        }
    }

    private void addTenantClaims(JwtClaimsSet.Builder claims, String province, List<Role> roles) {
        IdentityProperties.Claims claimNames = directory.claimNames();
        if (province != null) {
            claims.claim(claimNames.province(), province);
        }
        claims.claim(claimNames.roles(), roles.stream().map(Role::name).toList());
    }
}

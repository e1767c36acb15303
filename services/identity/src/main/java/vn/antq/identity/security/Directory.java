package vn.antq.identity.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

import vn.antq.identity.config.IdentityProperties;
import vn.antq.identity.config.IdentityProperties.Client;
import vn.antq.identity.config.IdentityProperties.GrantType;
import vn.antq.identity.config.IdentityProperties.User;
import vn.antq.identity.config.Role;

/**
 * Everyone who can get a token: the platform's own users and clients ({@code antq.identity}) plus
 * each province's ({@code antq.tenants.<slug>.identity}, served by the config server from
 * {@code config-repo/tenants/}). Rebuilt on every configuration refresh, so onboarding a province
 * needs no redeploy. Identities of a province whose status is not {@code active} are left out: an
 * offboarded or suspended province can no longer sign in.
 */
@Component
public class Directory implements UserDetailsService, RegisteredClientRepository {

    private static final Logger log = LoggerFactory.getLogger(Directory.class);

    private final Environment environment;

    private volatile Snapshot current;

    Directory(Environment environment) {
        this.environment = environment;
        this.current = build();
        if (current.clients.isEmpty()) {
            throw new IllegalStateException("No OAuth2 client under antq.identity.clients: "
                    + "provide them through the config server or activate the 'demo' profile");
        }
    }

    @EventListener
    void onRefresh(EnvironmentChangeEvent event) {
        if (event.getKeys().stream().anyMatch((key) -> key.startsWith("antq.tenants") || key.startsWith("antq.identity"))) {
            this.current = build();
            log.info("Identity directory reloaded: {} users, {} clients", current.users.size(), current.clients.size());
        }
    }

    public User user(String username) {
        return current.users.get(username);
    }

    public Client client(String clientId) {
        return current.clients.get(clientId);
    }

    public IdentityProperties.Claims claimNames() {
        return current.properties.claims();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        User user = current.users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException(username);
        }
        return org.springframework.security.core.userdetails.User.withUsername(user.username())
            .password(user.password())
            .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
            .build();
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients come from configuration");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return current.registered.get(clientId);
    }

    private Snapshot build() {
        Binder binder = Binder.get(environment);
        IdentityProperties properties = binder.bindOrCreate("antq.identity", IdentityProperties.class);
        Map<String, Tenant> tenants = binder.bind("antq.tenants", Bindable.mapOf(String.class, Tenant.class))
            .orElse(Map.of());
        List<User> users = new ArrayList<>(properties.users());
        List<Client> clients = new ArrayList<>(properties.clients());
        tenants.forEach((slug, tenant) -> {
            try {
                tenant.identity().users().forEach((u) -> users.add(new User(u.username(), u.password(), u.displayName(), slug, u.roles())));
                tenant.identity().clients().forEach((c) -> clients.add(new Client(c.clientId(), c.secret(), slug, c.roles(),
                        Set.of(GrantType.CLIENT_CREDENTIALS), List.of(), Set.of(), false, List.of())));
            }
            catch (IllegalArgumentException ex) {
                log.error("Skipping the identities of province {}: {}", slug, ex.getMessage());
            }
        });
        Set<String> inactive = tenants.entrySet().stream()
            .filter((entry) -> !"active".equals(entry.getValue().status()))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
        users.removeIf((user) -> inactive.contains(user.province()));
        clients.removeIf((client) -> inactive.contains(client.province()));
        return new Snapshot(properties, byKey(users, User::username), byKey(clients, Client::clientId),
                clients.stream().collect(Collectors.toMap(Client::clientId,
                        (client) -> RegisteredClients.of(client, properties.accessTokenTtl()), (a, b) -> b,
                        LinkedHashMap::new)));
    }

    private static <T> Map<String, T> byKey(List<T> entries, Function<T, String> key) {
        // A later entry (a province's) never silently replaces a platform entry with the same name.
        Map<String, T> map = new LinkedHashMap<>();
        for (T entry : entries) {
            if (map.putIfAbsent(key.apply(entry), entry) != null) {
                log.error("Duplicate identity '{}' ignored", key.apply(entry));
            }
        }
        return map;
    }

    private record Snapshot(IdentityProperties properties, Map<String, User> users, Map<String, Client> clients,
            Map<String, RegisteredClient> registered) {
    }

    /** What a tenant file contributes (see config-repo/tenants). */
    record Tenant(@DefaultValue("active") String status, @DefaultValue TenantIdentity identity) {
    }

    record TenantIdentity(@DefaultValue List<TenantUser> users, @DefaultValue List<TenantClient> clients) {
    }

    record TenantUser(String username, String password, String displayName, @DefaultValue List<Role> roles) {
    }

    record TenantClient(String clientId, String secret, @DefaultValue List<Role> roles) {
    }

}

package vn.antq.identity.config;

import java.util.List;
import java.util.regex.Pattern;

/** Startup checks shared by configured users and clients; each failure names the offending entry. */
final class EntryRules {

    /** Encoder ids of {@code DelegatingPasswordEncoder} that store a real hash ({noop} is plain text). */
    private static final Pattern HASHED = Pattern.compile("^\\{(bcrypt|argon2|pbkdf2|scrypt)(@SpringSecurity_v5_8)?}.+");

    private static final Pattern PROVINCE_SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private EntryRules() {
    }

    static void requireText(String owner, String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(owner + ": '" + property + "' is required");
        }
    }

    static void requireHashed(String owner, String property, String value) {
        requireText(owner, property, value);
        if (!HASHED.matcher(value).matches()) {
            throw new IllegalArgumentException(owner + ": '" + property
                    + "' must be a password hash such as {bcrypt}$2a$10$...; plain-text and {noop} values are refused");
        }
    }

    /** Provincial roles need a province; national roles (ministry, ops) must not have one. */
    static void requireProvinceMatchesRoles(String owner, String province, List<Role> roles) {
        if (province != null && !PROVINCE_SLUG.matcher(province).matches()) {
            throw new IllegalArgumentException(owner + ": province '" + province + "' is not a slug like 'bac-lieu'");
        }
        for (Role role : roles) {
            if (role.provincial() && province == null) {
                throw new IllegalArgumentException(owner + ": role " + role + " is a province role and needs a province");
            }
            if (!role.provincial() && province != null) {
                throw new IllegalArgumentException(
                        owner + ": role " + role + " acts nationwide and cannot be bound to province '" + province + "'");
            }
        }
    }
}

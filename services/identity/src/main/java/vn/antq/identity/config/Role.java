package vn.antq.identity.config;

/**
 * Platform roles. A provincial role only makes sense inside one province (tenant); the others act
 * nationwide and must never be tied to a province.
 */
public enum Role {

    PROVINCE_OFFICER(true),
    PROVINCE_ADMIN(true),
    MINISTRY_ANALYST(false),
    MINISTRY_ADMIN(false),
    PLATFORM_OPS(false);

    private final boolean provincial;

    Role(boolean provincial) {
        this.provincial = provincial;
    }

    public boolean provincial() {
        return provincial;
    }
}

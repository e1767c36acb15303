package vn.antq.core;

import java.util.Optional;

/** Platform roles, as carried in the token's roles claim. */
public enum Role {
  /** Reads and writes the data of their own province. */
  PROVINCE_OFFICER,
  /** A province officer who also manages users, approvals and locks. */
  PROVINCE_ADMIN,
  /** Ministry bureau: national read-only views and reviews. */
  MINISTRY_ANALYST,
  /** Ministry bureau: recognises and retires national models. */
  MINISTRY_ADMIN,
  /** Operations endpoints only; never business data. */
  PLATFORM_OPS;

  public boolean isProvinceRole() {
    return this == PROVINCE_OFFICER || this == PROVINCE_ADMIN;
  }

  public boolean isMinistryRole() {
    return this == MINISTRY_ANALYST || this == MINISTRY_ADMIN;
  }

  /** Unknown role names in a token are ignored rather than failing the whole call. */
  public static Optional<Role> parse(String value) {
    for (Role role : values()) {
      if (role.name().equals(value)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}

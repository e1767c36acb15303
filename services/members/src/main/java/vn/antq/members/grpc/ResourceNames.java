package vn.antq.members.grpc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;

/** Parses the contract's resource names and page tokens; a malformed one is the caller's error (400). */
final class ResourceNames {

  private ResourceNames() {}

  /** The ids after "provinces/{province}/" for the given collection names, e.g. ("persons", "memberships"). */
  static UUID[] parse(String field, String name, String... collections) {
    String[] parts = name == null ? new String[0] : name.split("/", -1);
    String expected = expected(collections);
    if (parts.length != 2 + 2 * collections.length || !"provinces".equals(parts[0])) {
      throw new DomainException.InvalidInput(field, "must look like " + expected);
    }
    UUID[] ids = new UUID[collections.length];
    for (int i = 0; i < collections.length; i++) {
      if (!collections[i].equals(parts[2 + 2 * i])) {
        throw new DomainException.InvalidInput(field, "must look like " + expected);
      }
      try {
        ids[i] = UUID.fromString(parts[3 + 2 * i]);
      } catch (IllegalArgumentException e) {
        throw new DomainException.InvalidInput(field, "'" + parts[3 + 2 * i] + "' is not a valid id");
      }
    }
    return ids;
  }

  /**
   * A resource name in a field the server interceptor does not check (only {@code name}, {@code parent}
   * and nested names are): its province is checked here.
   */
  static UUID[] parseInProvince(String field, String name, String... collections) {
    UUID[] ids = parse(field, name, collections);
    if (!name.startsWith("provinces/" + Tenant.province() + "/")) {
      throw new DomainException.PermissionDenied(field + " names a resource of another province");
    }
    return ids;
  }

  /** Bare ids, as in {@code group_ids}. */
  static List<UUID> ids(String field, List<String> values) {
    List<UUID> ids = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      try {
        ids.add(UUID.fromString(values.get(i)));
      } catch (IllegalArgumentException e) {
        throw new DomainException.InvalidInput(field + "[" + i + "]", "'" + values.get(i) + "' is not a valid id");
      }
    }
    return ids;
  }

  static String person(String province, UUID person) {
    return "provinces/" + province + "/persons/" + person;
  }

  static String membership(String province, UUID person, UUID membership) {
    return person(province, person) + "/memberships/" + membership;
  }

  static String memberImport(String province, UUID id) {
    return "provinces/" + province + "/imports/" + id;
  }

  static String encodeToken(String cursor) {
    return cursor == null ? "" : Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
  }

  static String decodeToken(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new DomainException.InvalidInput("page_token", "is not a token this service issued");
    }
  }

  /** An idempotency key, or null when none was given. */
  static String requestId(String requestId) {
    if (requestId.isEmpty()) {
      return null;
    }
    if (requestId.length() > 100) {
      throw new DomainException.InvalidInput("request_id", "must be at most 100 characters");
    }
    return requestId;
  }

  private static String expected(String... collections) {
    StringBuilder pattern = new StringBuilder("provinces/{province}");
    for (String collection : collections) {
      pattern.append('/').append(collection).append("/{id}");
    }
    return pattern.toString();
  }
}

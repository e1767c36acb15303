package vn.antq.registry.grpc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import vn.antq.core.DomainException;

/** Parses the contract's resource names and page tokens; a malformed one is the caller's error (400). */
final class ResourceNames {

  private static final java.util.regex.Pattern PROVINCE = java.util.regex.Pattern.compile("[a-z0-9-]{2,40}");

  private ResourceNames() {}

  /** The ids after "provinces/{province}/" for the given collection names, e.g. ("models", "points"). */
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

  /** Bare ids, as in a batch request's {@code group_ids}. */
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

  /** The province of a resource name such as provinces/{province}/nominations/{id}, checked as {@link #parse} does. */
  static String province(String field, String name, String... collections) {
    parse(field, name, collections);
    String province = name.split("/", -1)[1];
    if (!PROVINCE.matcher(province).matches()) {
      throw new DomainException.InvalidInput(field, "'" + province + "' is not a province");
    }
    return province;
  }

  /** The id of templates/{template}. */
  static UUID template(String field, String name) {
    String[] parts = name == null ? new String[0] : name.split("/", -1);
    if (parts.length != 2 || !"templates".equals(parts[0])) {
      throw new DomainException.InvalidInput(field, "must look like templates/{id}");
    }
    try {
      return UUID.fromString(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new DomainException.InvalidInput(field, "'" + parts[1] + "' is not a valid id");
    }
  }

  static String template(UUID template) {
    return "templates/" + template;
  }

  static String nomination(String province, UUID nomination) {
    return "provinces/" + province + "/nominations/" + nomination;
  }

  static String review(String province, UUID model, Object period) {
    return model(province, model) + "/reviews/" + period;
  }

  static String model(String province, UUID model) {
    return "provinces/" + province + "/models/" + model;
  }

  static String point(String province, UUID model, UUID point) {
    return model(province, model) + "/points/" + point;
  }

  static String group(String province, UUID model, UUID point, UUID group) {
    return point(province, model, point) + "/groups/" + group;
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

  private static String expected(String... collections) {
    StringBuilder pattern = new StringBuilder("provinces/{province}");
    for (String collection : collections) {
      pattern.append('/').append(collection).append("/{id}");
    }
    return pattern.toString();
  }
}

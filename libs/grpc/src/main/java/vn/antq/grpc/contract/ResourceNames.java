package vn.antq.grpc.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;

/**
 * Parses the contracts' resource names ({@code provinces/{province}/{collection}/{id}/...}); a
 * malformed name is the caller's error (400 / INVALID_ARGUMENT) naming the field. The province
 * segment of {@code name} and {@code parent} fields is checked against the caller by
 * {@code CallerInterceptor}; other fields that name resources use {@link #parseInProvince}.
 */
public final class ResourceNames {

  /** AIP-159: a collection wildcard, "every parent". */
  public static final String ANY = "-";

  private static final Pattern PROVINCE = Pattern.compile("[a-z0-9-]{2,40}");

  private ResourceNames() {}

  /** The ids after "provinces/{province}/" for the given collections, e.g. ("models", "points"). */
  public static UUID[] parse(String field, String name, String... collections) {
    String[] ids = segments(field, name, collections);
    UUID[] parsed = new UUID[ids.length];
    for (int i = 0; i < ids.length; i++) {
      parsed[i] = uuid(field, ids[i]);
    }
    return parsed;
  }

  /** As {@link #parse}, for a field the server interceptor does not check: the caller's province only. */
  public static UUID[] parseInProvince(String field, String name, String... collections) {
    UUID[] ids = parse(field, name, collections);
    if (!name.startsWith("provinces/" + Tenant.province() + "/")) {
      throw new DomainException.PermissionDenied(field + " names a resource of another province");
    }
    return ids;
  }

  /** The one id of {@code provinces/{province}/{collection}/{id}}, or null for the wildcard "-". */
  public static UUID parseOrAny(String field, String name, String collection) {
    String id = segments(field, name, collection)[0];
    return ANY.equals(id) ? null : uuid(field, id);
  }

  /** The raw id segments after "provinces/{province}/" for the given collections. */
  public static String[] segments(String field, String name, String... collections) {
    String[] parts = name == null ? new String[0] : name.split("/", -1);
    if (parts.length != 2 + 2 * collections.length || !"provinces".equals(parts[0]) || parts[1].isEmpty()) {
      throw new DomainException.InvalidInput(field, "must look like " + expected(collections));
    }
    String[] ids = new String[collections.length];
    for (int i = 0; i < collections.length; i++) {
      if (!collections[i].equals(parts[2 + 2 * i])) {
        throw new DomainException.InvalidInput(field, "must look like " + expected(collections));
      }
      ids[i] = parts[3 + 2 * i];
    }
    return ids;
  }

  /** The province of a name such as provinces/{province}/nominations/{id}, checked as {@link #parse} does. */
  public static String province(String field, String name, String... collections) {
    parse(field, name, collections);
    String province = name.split("/", -1)[1];
    if (!PROVINCE.matcher(province).matches()) {
      throw new DomainException.InvalidInput(field, "'" + province + "' is not a province");
    }
    return province;
  }

  public static UUID uuid(String field, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new DomainException.InvalidInput(field, "'" + value + "' is not a valid id");
    }
  }

  /** Bare ids, as in a batch request's {@code group_ids}; the bad entry is named by its index. */
  public static List<UUID> ids(String field, List<String> values) {
    List<UUID> ids = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      ids.add(uuid(field + "[" + i + "]", values.get(i)));
    }
    return ids;
  }

  private static String expected(String... collections) {
    StringBuilder pattern = new StringBuilder("provinces/{province}");
    for (String collection : collections) {
      pattern.append('/').append(collection).append("/{id}");
    }
    return pattern.toString();
  }
}

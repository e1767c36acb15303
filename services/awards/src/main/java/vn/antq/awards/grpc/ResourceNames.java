package vn.antq.awards.grpc;

import java.util.UUID;
import vn.antq.core.DomainException;

/**
 * Parses the resource names of requests; a malformed one is the caller's error (400). The province
 * segment was already checked against the token by libs/grpc.
 */
final class ResourceNames {

  /** AIP-159: a collection wildcard, "every parent". */
  static final String ANY = "-";

  private ResourceNames() {}

  /** The ids after "provinces/{province}/" for the given collections, e.g. ("sponsors", "contributions"). */
  static UUID[] parse(String field, String name, String... collections) {
    String[] ids = segments(field, name, collections);
    UUID[] parsed = new UUID[ids.length];
    for (int i = 0; i < ids.length; i++) {
      parsed[i] = uuid(field, ids[i]);
    }
    return parsed;
  }

  /** The one id of {@code provinces/{province}/{collection}/{id}}, or null for the wildcard "-". */
  static UUID parseOrAny(String field, String name, String collection) {
    String id = segments(field, name, collection)[0];
    return ANY.equals(id) ? null : uuid(field, id);
  }

  /** Checks {@code provinces/{province}} (a parent of top-level collections). */
  static void parseProvince(String field, String name) {
    segments(field, name);
  }

  private static String[] segments(String field, String name, String... collections) {
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

  private static UUID uuid(String field, String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new DomainException.InvalidInput(field, "'" + id + "' is not a valid id");
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

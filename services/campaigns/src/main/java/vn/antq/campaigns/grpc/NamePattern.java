package vn.antq.campaigns.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.grpc.contract.ResourceNames;

/**
 * A resource name template such as {@code provinces/{province}/forums/{forum}/opinions/{opinion}}:
 * parses names in requests (a malformed one is the caller's error, 400) and renders names in
 * answers, always in the caller's province.
 */
record NamePattern(String template, List<String> segments) {

  private static final String PROVINCE = "{province}";

  static NamePattern of(String template) {
    return new NamePattern(template, List.of(template.split("/")));
  }

  /**
   * The values of the variables after {province}, in order.
   *
   * @throws DomainException.InvalidInput naming {@code field} when the name does not fit, or lies
   *     in another province (the interceptor already refuses that for top-level names; this catches
   *     names nested in a message, such as a campaign's models)
   */
  List<String> match(String field, String name) {
    String[] parts = name == null ? new String[0] : name.split("/", -1);
    if (parts.length != segments.size()) {
      throw new DomainException.InvalidInput(field, "must look like " + template);
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String segment = segments.get(i);
      if (!segment.startsWith("{")) {
        if (!segment.equals(parts[i])) {
          throw new DomainException.InvalidInput(field, "must look like " + template);
        }
      } else if (parts[i].isEmpty()) {
        throw new DomainException.InvalidInput(field, "must look like " + template);
      } else if (segment.equals(PROVINCE)) {
        if (!parts[i].equals(Tenant.province())) {
          throw new DomainException.InvalidInput(field, "names a resource of another province");
        }
      } else {
        values.add(parts[i]);
      }
    }
    return values;
  }

  /** The single id variable after {province}, as a UUID. */
  UUID uuid(String field, String name) {
    return ResourceNames.uuid(field, match(field, name).get(0));
  }

  /** The name with {province} set to the caller's and the other variables to {@code values}, in order. */
  String render(Object... values) {
    StringBuilder name = new StringBuilder();
    int next = 0;
    for (String segment : segments) {
      if (name.length() > 0) {
        name.append('/');
      }
      if (segment.equals(PROVINCE)) {
        name.append(Tenant.province());
      } else if (segment.startsWith("{")) {
        name.append(values[next++]);
      } else {
        name.append(segment);
      }
    }
    return name.toString();
  }
}

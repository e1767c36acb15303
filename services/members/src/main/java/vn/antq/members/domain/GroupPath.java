package vn.antq.members.domain;

import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;

/** Where a registry group sits: provinces/{province}/models/{model}/points/{point}/groups/{group}. */
public record GroupPath(UUID modelId, UUID pointId, UUID groupId) {

  private static final String SHAPE = "provinces/{province}/models/{id}/points/{id}/groups/{id}";

  /** Parses a group's name, which must lie in the caller's province. */
  public static GroupPath parse(String field, String name) {
    UUID[] ids = ResourcePath.parse(field, name, SHAPE, "models", "points", "groups");
    return new GroupPath(ids[0], ids[1], ids[2]);
  }

  public String name(String province) {
    return modelName(province, modelId) + "/points/" + pointId + "/groups/" + groupId;
  }

  public static String modelName(String province, UUID modelId) {
    return "provinces/" + province + "/models/" + modelId;
  }

  /** Parses a model's name (a list filter), which must lie in the caller's province. */
  public static UUID parseModel(String field, String name) {
    return ResourcePath.parse(field, name, "provinces/{province}/models/{id}", "models")[0];
  }

  /** Registry resource names inside a request body, which the server interceptor does not read. */
  static final class ResourcePath {
    private ResourcePath() {}

    static UUID[] parse(String field, String name, String shape, String... collections) {
      String[] parts = name == null ? new String[0] : name.split("/", -1);
      if (parts.length != 2 + 2 * collections.length || !"provinces".equals(parts[0])) {
        throw new DomainException.InvalidInput(field, "must look like " + shape);
      }
      if (!parts[1].equals(Tenant.province())) {
        throw new DomainException.PermissionDenied(field + " names a resource of another province");
      }
      UUID[] ids = new UUID[collections.length];
      for (int i = 0; i < collections.length; i++) {
        if (!collections[i].equals(parts[2 + 2 * i])) {
          throw new DomainException.InvalidInput(field, "must look like " + shape);
        }
        try {
          ids[i] = UUID.fromString(parts[3 + 2 * i]);
        } catch (IllegalArgumentException e) {
          throw new DomainException.InvalidInput(field, "'" + parts[3 + 2 * i] + "' is not a valid id");
        }
      }
      return ids;
    }
  }
}

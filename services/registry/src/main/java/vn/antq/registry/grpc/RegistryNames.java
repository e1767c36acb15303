package vn.antq.registry.grpc;

import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.grpc.contract.ResourceNames;

/** The registry's resource names, rendered for answers; national templates live outside any province. */
final class RegistryNames {

  private RegistryNames() {}

  /** The id of templates/{template}. */
  static UUID template(String field, String name) {
    String[] parts = name == null ? new String[0] : name.split("/", -1);
    if (parts.length != 2 || !"templates".equals(parts[0])) {
      throw new DomainException.InvalidInput(field, "must look like templates/{id}");
    }
    return ResourceNames.uuid(field, parts[1]);
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
}

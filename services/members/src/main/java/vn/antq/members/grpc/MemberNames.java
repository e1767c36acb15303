package vn.antq.members.grpc;

import java.util.UUID;

/** The members service's resource names, rendered for answers. */
final class MemberNames {

  private MemberNames() {}

  static String person(String province, UUID person) {
    return "provinces/" + province + "/persons/" + person;
  }

  static String membership(String province, UUID person, UUID membership) {
    return person(province, person) + "/memberships/" + membership;
  }

  static String memberImport(String province, UUID id) {
    return "provinces/" + province + "/imports/" + id;
  }
}

package vn.antq.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.antq.api.v1.Access;
import vn.antq.core.Caller;
import vn.antq.core.Role;

class AccessPolicyTest {

  private static final Map<String, String> BAC_LIEU_MODEL = Map.of("name", "provinces/bac-lieu/models/m1");

  @Test
  void provinceCallersActOnTheirOwnProvinceOnly() {
    Caller officer = caller("bac-lieu", Role.PROVINCE_OFFICER);

    assertThat(AccessPolicy.denial(Access.PROVINCE_READ, "GET", BAC_LIEU_MODEL, officer)).isEmpty();
    assertThat(AccessPolicy.denial(Access.PROVINCE_WRITE, "POST", Map.of("parent", "provinces/bac-lieu"), officer)).isEmpty();
    assertThat(AccessPolicy.denial(Access.PROVINCE_WRITE, "PATCH", Map.of("model.name", "provinces/ca-mau/models/m1"), officer))
        .hasValueSatisfying(reason -> assertThat(reason).doesNotContain("ca-mau", "bac-lieu"));
    assertThat(AccessPolicy.denial(Access.PROVINCE_READ, "GET", Map.of(), officer)).isPresent();
  }

  @Test
  void everyResourceInThePathMustBeInTheCallersProvince() {
    Map<String, String> mixed = Map.of("parent", "provinces/bac-lieu", "other.name", "provinces/ca-mau/models/m1");

    assertThat(AccessPolicy.denial(Access.PROVINCE_READ, "GET", mixed, caller("bac-lieu", Role.PROVINCE_ADMIN))).isPresent();
  }

  @Test
  void provinceAdminOperationsNeedTheAdminRole() {
    assertThat(AccessPolicy.denial(Access.PROVINCE_ADMIN, "POST", BAC_LIEU_MODEL, caller("bac-lieu", Role.PROVINCE_ADMIN))).isEmpty();
    assertThat(AccessPolicy.denial(Access.PROVINCE_ADMIN, "POST", BAC_LIEU_MODEL, caller("bac-lieu", Role.PROVINCE_OFFICER))).isPresent();
  }

  @Test
  void ministryAndOperationsCallersNeverReachProvinceRoutes() {
    for (Role role : new Role[] {Role.MINISTRY_ANALYST, Role.MINISTRY_ADMIN, Role.PLATFORM_OPS}) {
      assertThat(AccessPolicy.denial(Access.PROVINCE_READ, "GET", BAC_LIEU_MODEL, caller(null, role))).isPresent();
    }
  }

  @Test
  void nationalReadIsForMinistryCallersAndOnlyReads() {
    assertThat(AccessPolicy.denial(Access.NATIONAL_READ, "GET", Map.of(), caller(null, Role.MINISTRY_ANALYST))).isEmpty();
    assertThat(AccessPolicy.denial(Access.NATIONAL_READ, "GET", Map.of(), caller(null, Role.MINISTRY_ADMIN))).isEmpty();
    assertThat(AccessPolicy.denial(Access.NATIONAL_READ, "POST", Map.of(), caller(null, Role.MINISTRY_ADMIN))).isPresent();
    assertThat(AccessPolicy.denial(Access.NATIONAL_READ, "GET", Map.of(), caller("bac-lieu", Role.PROVINCE_ADMIN))).isPresent();
    assertThat(AccessPolicy.denial(Access.NATIONAL_READ, "GET", Map.of(), caller("bac-lieu", Role.MINISTRY_ANALYST))).isPresent();
    assertThat(AccessPolicy.denial(Access.NATIONAL_READ, "GET", Map.of(), caller(null, Role.PLATFORM_OPS))).isPresent();
  }

  @Test
  void nationalAdminNeedsMinistryAdmin() {
    assertThat(AccessPolicy.denial(Access.NATIONAL_ADMIN, "POST", Map.of(), caller(null, Role.MINISTRY_ADMIN))).isEmpty();
    assertThat(AccessPolicy.denial(Access.NATIONAL_ADMIN, "POST", Map.of(), caller(null, Role.MINISTRY_ANALYST))).isPresent();
  }

  @Test
  void undeclaredAccessRefusesEveryone() {
    for (Role role : Role.values()) {
      assertThat(AccessPolicy.denial(Access.ACCESS_UNSPECIFIED, "GET", BAC_LIEU_MODEL, caller("bac-lieu", role))).isPresent();
      assertThat(AccessPolicy.denial(Access.UNRECOGNIZED, "GET", BAC_LIEU_MODEL, caller(null, role))).isPresent();
    }
  }

  private static Caller caller(String province, Role role) {
    return new Caller("someone", province, Set.of(role), "token");
  }
}

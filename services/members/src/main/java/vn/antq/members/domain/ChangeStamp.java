package vn.antq.members.domain;

import vn.antq.core.Tenant;

/** Who made a change and through what: "api", or an import's name. */
public record ChangeStamp(String actor, String source) {

  static ChangeStamp api() {
    return new ChangeStamp(Tenant.caller().subject(), "api");
  }
}

package vn.antq.welfare.domain;

import java.util.UUID;
import java.util.regex.Pattern;
import vn.antq.core.Violations;

/**
 * Links from welfare records to other resources, given as resource names of the caller's province
 * and stored as ids (names change when provinces merge; ids do not). An absent link is null.
 */
public final class Links {

  /** Campaign ids are the campaigns service's; only their shape is known here. */
  private static final Pattern CAMPAIGN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private Links() {}

  public static String model(String province, UUID id) {
    return id == null ? null : "provinces/" + province + "/models/" + id;
  }

  public static String campaign(String province, String id) {
    return id == null ? null : "provinces/" + province + "/campaigns/" + id;
  }

  public static String beneficiary(String province, UUID id) {
    return id == null ? null : "provinces/" + province + "/beneficiaries/" + id;
  }

  public static String item(String province, UUID id) {
    return id == null ? null : "provinces/" + province + "/welfareItems/" + id;
  }

  /** The id in {@code provinces/{province}/{collection}/{uuid}}, or null when empty; adds a violation otherwise. */
  public static UUID uuid(String name, String province, String collection, String field, Violations violations) {
    String id = id(name, province, collection, field, violations);
    if (id == null) {
      return null;
    }
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      violations.add(field, "'" + id + "' is not a valid id");
      return null;
    }
  }

  /** The campaign id in {@code provinces/{province}/campaigns/{id}}, or null when empty. */
  public static String campaignId(String name, String province, String field, Violations violations) {
    String id = id(name, province, "campaigns", field, violations);
    if (id != null && !CAMPAIGN_ID.matcher(id).matches()) {
      violations.add(field, "'" + id + "' is not a valid campaign id");
      return null;
    }
    return id;
  }

  private static String id(String name, String province, String collection, String field, Violations violations) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    String prefix = "provinces/" + province + "/" + collection + "/";
    if (!name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0 || name.length() == prefix.length()) {
      violations.add(field, "must name a resource of this province: provinces/" + province + "/" + collection + "/{id}");
      return null;
    }
    return name.substring(prefix.length());
  }
}

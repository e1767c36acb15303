package vn.antq.awards.domain;

import java.util.UUID;
import java.util.regex.Pattern;
import vn.antq.core.Violations;

/**
 * Resource names of other services' resources in the caller's province, stored as ids (names
 * change when provinces merge; ids do not). Groups keep their full name: its path carries the model.
 */
public final class Links {

  private static final Pattern CAMPAIGN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final Pattern GROUP = Pattern.compile(
      "provinces/([a-z0-9-]+)/models/([0-9a-fA-F-]{36})/points/([0-9a-fA-F-]{36})/groups/([0-9a-fA-F-]{36})");

  private Links() {}

  public static String model(String province, UUID id) {
    return id == null ? "" : "provinces/" + province + "/models/" + id;
  }

  public static String person(String province, UUID id) {
    return id == null ? "" : "provinces/" + province + "/persons/" + id;
  }

  public static String campaign(String province, String id) {
    return "provinces/" + province + "/campaigns/" + id;
  }

  public static String nomination(String province, UUID id) {
    return "provinces/" + province + "/awardNominations/" + id;
  }

  public static String decision(String province, UUID id) {
    return id == null ? "" : "provinces/" + province + "/awardDecisions/" + id;
  }

  /** The id in {@code provinces/{province}/{collection}/{uuid}}, or null when empty; adds a violation otherwise. */
  public static UUID uuid(String name, String province, String collection, String field, Violations violations) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    String prefix = "provinces/" + province + "/" + collection + "/";
    if (!name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
      violations.add(field, "must name a resource of this province: " + prefix + "{id}");
      return null;
    }
    try {
      return UUID.fromString(name.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      violations.add(field, "'" + name.substring(prefix.length()) + "' is not a valid id");
      return null;
    }
  }

  /** The model id in a group's name of this province, or null (with a violation) when it is not one. */
  public static UUID groupModel(String group, String province, String field, Violations violations) {
    var matcher = GROUP.matcher(group);
    if (!matcher.matches() || !matcher.group(1).equals(province)) {
      violations.add(field, "must name a group of this province: provinces/" + province
          + "/models/{model}/points/{point}/groups/{group}");
      return null;
    }
    try {
      UUID.fromString(matcher.group(3));
      UUID.fromString(matcher.group(4));
      return UUID.fromString(matcher.group(2));
    } catch (IllegalArgumentException e) {
      violations.add(field, "holds an invalid id");
      return null;
    }
  }

  public static String campaignId(String name, String province, String field, Violations violations) {
    String prefix = "provinces/" + province + "/campaigns/";
    String id = name != null && name.startsWith(prefix) ? name.substring(prefix.length()) : null;
    if (id == null || !CAMPAIGN_ID.matcher(id).matches()) {
      violations.add(field, "must name a campaign of this province: " + prefix + "{id}");
      return null;
    }
    return id;
  }
}

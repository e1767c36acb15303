package vn.antq.campaigns.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.antq.core.DomainException;
import vn.antq.core.Violations;

/** The campaigns contract's resource names, and the names of other services it links to. */
final class CampaignNames {

  static final NamePattern PROVINCE = NamePattern.of("provinces/{province}");
  static final NamePattern CAMPAIGN = NamePattern.of("provinces/{province}/campaigns/{campaign}");
  static final NamePattern FORUM = NamePattern.of("provinces/{province}/forums/{forum}");
  static final NamePattern OPINION = NamePattern.of("provinces/{province}/forums/{forum}/opinions/{opinion}");
  static final NamePattern PATROL = NamePattern.of("provinces/{province}/patrols/{patrol}");
  static final NamePattern TRAINING_CLASS = NamePattern.of("provinces/{province}/trainingClasses/{training_class}");
  static final NamePattern PERIOD = NamePattern.of("provinces/{province}/periods/{period}");
  static final NamePattern UNIT_RESULTS = NamePattern.of("provinces/{province}/periods/{period}/results/{unit}");
  static final NamePattern SUMMARY = NamePattern.of("provinces/{province}/periods/{period}/summary");
  /** Owned by the registry. */
  static final NamePattern MODEL = NamePattern.of("provinces/{province}/models/{model}");
  /** Owned by the members service. */
  static final NamePattern MEMBER = NamePattern.of("provinces/{province}/members/{member}");

  private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private CampaignNames() {}

  /** A parent that must be the caller's province itself. */
  static void province(String field, String parent) {
    PROVINCE.match(field, parent);
  }

  /** Ids of registry models of the caller's province; every bad entry is added to {@code violations}. */
  static List<UUID> models(String field, List<String> names, Violations violations) {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      try {
        ids.add(MODEL.uuid(field + "[" + i + "]", names.get(i)));
      } catch (DomainException.InvalidInput invalid) {
        invalid.violations().forEach(v -> violations.add(v.field(), v.description()));
      }
    }
    return ids;
  }

  /** Ids of members of the caller's province; every bad entry is added to {@code violations}. */
  static List<String> members(String field, List<String> names, Violations violations) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String entry = field + "[" + i + "]";
      try {
        String id = MEMBER.match(entry, names.get(i)).get(0);
        violations.check(MEMBER_ID.matcher(id).matches(), entry, "'" + id + "' is not a valid member id");
        ids.add(id);
      } catch (DomainException.InvalidInput invalid) {
        invalid.violations().forEach(v -> violations.add(v.field(), v.description()));
      }
    }
    return ids;
  }
}

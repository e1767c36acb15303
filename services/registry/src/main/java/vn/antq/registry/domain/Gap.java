package vn.antq.registry.domain;

import java.util.List;
import java.util.Locale;

/** Figures a report does not have, and why; {@code provinces} empty means all of them. */
public record Gap(Section section, Kind kind, String detail, List<String> provinces) {

  public enum Kind {
    /** No service provides the section in this deployment. */
    NOT_AVAILABLE,
    /** Its service did not answer in time. */
    UNREACHABLE
  }

  public Gap {
    provinces = List.copyOf(provinces);
  }

  public static Gap notAvailable(Section section) {
    return new Gap(section, Kind.NOT_AVAILABLE,
        "not available: no " + section.name().toLowerCase(Locale.ROOT) + " service in this deployment", List.of());
  }

  public static Gap unreachable(Section section, String detail) {
    return new Gap(section, Kind.UNREACHABLE, detail, List.of());
  }
}

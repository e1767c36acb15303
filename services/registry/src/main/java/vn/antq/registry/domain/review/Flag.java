package vn.antq.registry.domain.review;

/** A sign that a model may be ineffective or only formal ("models uneven, sometimes formal"). */
public record Flag(Kind kind, String detail) {

  public enum Kind {
    NO_REPLICATION_POINTS, NO_GROUPS, NO_MEMBERS, COUNTS_UNCHANGED, NO_ACTIVITY, ACTIVITY_UNCHANGED
  }
}

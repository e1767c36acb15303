package vn.antq.registry.domain.review;

/**
 * A model's indicators for one period. The registry's counts are always known; a null activity or
 * award figure was not available and is never zero.
 */
public record Indicators(int replicationPoints, int groups, long members, Long activities, Long tips,
                         Long mediations, Integer awards) {

  public Double tipsPerThousandMembers() {
    return perThousand(tips);
  }

  public Double mediationsPerThousandMembers() {
    return perThousand(mediations);
  }

  boolean sameCountsAs(Indicators other) {
    return replicationPoints == other.replicationPoints && groups == other.groups && members == other.members;
  }

  private Double perThousand(Long count) {
    return count == null || members == 0 ? null : count * 1000.0 / members;
  }
}

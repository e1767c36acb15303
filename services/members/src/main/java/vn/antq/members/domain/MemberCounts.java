package vn.antq.members.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the registry's member counts stay equal to the memberships, without drift:
 *
 * <ol>
 *   <li>Every transaction that changes a group's memberships first locks the group's count row, then
 *       makes its changes, then counts the group's active memberships again and raises the count's
 *       version. Writers of one group are serialized, and each count is computed, never adjusted by
 *       deltas, so it is exact when the transaction commits, together with the memberships.
 *   <li>After the commit, the groups whose version the registry has not confirmed are published:
 *       the registry reads their counts back from {@code CountMembers} and keeps each one unless it
 *       already keeps a newer version. It stores only what this service answers.
 *   <li>If the registry cannot be reached, the counts stay pending (version above the reported
 *       version, in the database) and go with the next publication of the province; the registry's
 *       {@code RefreshMemberCounts} without ids reconciles every group at any time.
 * </ol>
 *
 * The registry may thus lag behind while it is down, but it never keeps a count that no committed
 * state of the memberships had, and it catches up with no one re-entering anything.
 */
public class MemberCounts {

  private static final Logger log = LoggerFactory.getLogger(MemberCounts.class);
  /** Groups per publication; also the registry's batch limit. */
  static final int BATCH = 5000;
  private static final int MAX_ROUNDS = 20;

  private final TallyStore tallies;
  private final CountPublisher publisher;
  private final Transactions transactions;

  public MemberCounts(TallyStore tallies, CountPublisher publisher, Transactions transactions) {
    this.tallies = tallies;
    this.publisher = publisher;
    this.transactions = transactions;
  }

  /** First step of a transaction that changes these groups' memberships. */
  public void lock(String province, Collection<UUID> groupIds) {
    tallies.lock(province, new TreeSet<>(groupIds));
  }

  /** Last step of that transaction. */
  public void recount(Collection<UUID> groupIds) {
    tallies.recount(groupIds);
  }

  /**
   * After the commit: publishes what the registry has not confirmed. A failure is logged, not
   * raised: the memberships are committed, and the counts stay pending for the next publication.
   */
  public void publishPending() {
    try {
      // Bounded: a group the registry does not confirm stays pending without stalling this call.
      for (int round = 0; round < MAX_ROUNDS; round++) {
        List<UUID> pending = transactions.inTransaction(() -> tallies.pending(BATCH));
        if (pending.isEmpty()) {
          return;
        }
        Map<UUID, Long> kept = publisher.publish(pending);
        transactions.inTransaction(() -> {
          tallies.markReported(kept);
          return null;
        });
        if (pending.size() < BATCH) {
          return;
        }
      }
    } catch (RuntimeException e) {
      log.warn("Member counts not yet in the registry (kept pending, published with the next change): {}",
          e.getMessage());
    }
  }

  /**
   * What the registry reads: the counts of the given groups (0, version 0 for one never joined) or
   * of every group that had members, and the province's totals.
   */
  public Summary read(List<UUID> groupIds) {
    if (groupIds.size() > BATCH) {
      throw new vn.antq.core.DomainException.InvalidInput("group_ids", "at most " + BATCH + " ids per call");
    }
    return transactions.inTransaction(() -> {
      long[] totals = tallies.totals();
      if (groupIds.isEmpty()) {
        return new Summary(tallies.all(), totals[0], totals[1]);
      }
      Map<UUID, GroupCount> known = new java.util.HashMap<>();
      tallies.counts(groupIds).forEach(count -> known.put(count.groupId(), count));
      return new Summary(groupIds.stream().distinct()
          .map(id -> known.getOrDefault(id, new GroupCount(id, 0, 0))).toList(), totals[0], totals[1]);
    });
  }

  /** Group counts, active memberships in the province and the persons holding them. */
  public record Summary(List<GroupCount> groups, long activeMemberships, long members) {}
}

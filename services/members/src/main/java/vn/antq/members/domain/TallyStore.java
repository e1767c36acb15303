package vn.antq.members.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Per-group member counts, kept in the transactions that change memberships. */
public interface TallyStore {

  /** Locks the groups' count rows (creating them), in id order so that writers never deadlock. */
  void lock(String province, Collection<UUID> groupIds);

  /** Counts the groups' active memberships again and raises their versions. */
  void recount(Collection<UUID> groupIds);

  /** Groups whose newest count the registry has not confirmed. */
  List<UUID> pending(int limit);

  void markReported(Map<UUID, Long> versions);

  /** Counts of the given groups that ever had a member. */
  List<GroupCount> counts(Collection<UUID> groupIds);

  List<GroupCount> all();

  /** Active memberships in the province, and the distinct persons holding them. */
  long[] totals();
}

package vn.antq.members.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Memberships and their history. Every method runs in the caller's transaction, bound to the
 * province by row-level security; the province is passed only as the value of new rows. Every
 * insert and update also appends the new state to the history.
 */
public interface MembershipStore {

  Optional<UUID> findIdByRequest(String requestId);

  Optional<Membership> find(UUID personId, UUID membershipId);

  List<Membership> listByPerson(UUID personId);

  /** Whether the person has an active membership in the group other than {@code except} (may be null). */
  boolean isActiveIn(UUID personId, UUID groupId, UUID except);

  /** The active leader's membership in the group, if any. */
  Optional<UUID> activeLeader(UUID groupId);

  void insert(String province, Membership membership, String requestId, ChangeStamp stamp);

  void insertAll(String province, List<Membership> memberships, ChangeStamp stamp);

  void update(String province, Membership membership, ChangeStamp stamp);

  List<MembershipChange> changes(UUID membershipId);

  /** The groups each person is an active member of. */
  Map<UUID, Set<UUID>> activeGroups(Collection<UUID> personIds);

  /** The active leader (person id) of each group that has one. */
  Map<UUID, UUID> activeLeaders(Collection<UUID> groupIds);
}

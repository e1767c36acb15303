package vn.antq.members.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.Violations;

/**
 * Memberships: a person joins a group the registry has (checked there before any transaction opens),
 * at most once at a time and with at most one active leader per group; every change is appended to
 * the history, and the group's count is recounted in the same transaction and published after it.
 */
public class MembershipService {

  public static final List<String> MUTABLE = List.of("role", "status", "joined_date", "left_date");

  private final PersonStore persons;
  private final MembershipStore memberships;
  private final MemberCounts counts;
  private final GroupDirectory groups;
  private final Transactions transactions;
  private final Clock clock;

  public MembershipService(PersonStore persons, MembershipStore memberships, MemberCounts counts,
                           GroupDirectory groups, Transactions transactions, Clock clock) {
    this.persons = persons;
    this.memberships = memberships;
    this.counts = counts;
    this.groups = groups;
    this.transactions = transactions;
    this.clock = clock;
  }

  public Membership create(UUID personId, String groupName, MemberRole role, LocalDate joinedDate,
                           String requestId) {
    if (requestId != null) {
      var earlier = transactions.inTransaction(() -> memberships.findIdByRequest(requestId));
      if (earlier.isPresent()) {
        return get(personId, earlier.get());
      }
    }
    GroupPath group = GroupPath.parse("membership.group", groupName);
    new Violations()
        .check(joinedDate != null, "membership.joined_date", "must not be empty")
        .check(joinedDate == null || !joinedDate.isAfter(today()), "membership.joined_date", "is in the future")
        .throwIfAny();
    if (groups.find(group).isEmpty()) {
      throw new DomainException.InvalidInput("membership.group", "the registry has no such group in this province");
    }
    MemberRole effectiveRole = role == null ? MemberRole.MEMBER : role;
    Membership created = transactions.inTransaction(() -> {
      Person person = persons.find(personId, false)
          .orElseThrow(() -> new DomainException.NotFound("person " + personId));
      if (joinedDate.isBefore(person.birthDate())) {
        throw new DomainException.InvalidInput("membership.joined_date", "is before the person's birth date");
      }
      counts.lock(Tenant.province(), Set.of(group.groupId()));
      if (memberships.isActiveIn(personId, group.groupId(), null)) {
        throw new DomainException.AlreadyExists("membership.group", "the person is already an active member of this group");
      }
      if (effectiveRole == MemberRole.LEADER && memberships.activeLeader(group.groupId()).isPresent()) {
        throw new DomainException.AlreadyExists("membership.role", "the group already has an active leader");
      }
      Membership membership = new Membership(UUID.randomUUID(), personId, group, effectiveRole,
          MembershipStatus.ACTIVE, joinedDate, null, null, null);
      memberships.insert(Tenant.province(), membership, requestId, ChangeStamp.api());
      counts.recount(Set.of(group.groupId()));
      return stored(personId, membership.id());
    });
    counts.publishPending();
    return created;
  }

  public Membership get(UUID personId, UUID membershipId) {
    return transactions.inTransaction(() -> stored(personId, membershipId));
  }

  public List<Membership> list(UUID personId) {
    return transactions.inTransaction(() -> {
      persons.find(personId, false).orElseThrow(() -> new DomainException.NotFound("person " + personId));
      return memberships.listByPerson(personId);
    });
  }

  /** New values for the fields named in {@code fields}; unset ones (null) are allowed only where a field may be empty. */
  public Membership update(UUID personId, UUID membershipId, MemberRole role, MembershipStatus status,
                           LocalDate joinedDate, LocalDate leftDate, List<String> fields) {
    Violations masks = new Violations();
    fields.forEach(field -> masks.check(MUTABLE.contains(field), "update_mask", "field " + field + " cannot be changed"));
    masks.throwIfAny();
    Membership updated = transactions.inTransaction(() -> {
      Membership current = stored(personId, membershipId);
      counts.lock(Tenant.province(), Set.of(current.group().groupId()));
      MembershipStatus newStatus = fields.contains("status") && status != null ? status : current.status();
      Membership merged = current.with(
          fields.contains("role") && role != null ? role : current.role(),
          newStatus,
          fields.contains("joined_date") ? joinedDate : current.joinedDate(),
          newStatus == MembershipStatus.ACTIVE ? null : fields.contains("left_date") ? leftDate : current.leftDate());
      check(merged, persons.find(personId, false).orElseThrow().birthDate());
      if (merged.sameStateAs(current)) {
        return current;
      }
      if (merged.status() == MembershipStatus.ACTIVE && current.status() == MembershipStatus.LEFT
          && memberships.isActiveIn(personId, merged.group().groupId(), membershipId)) {
        throw new DomainException.AlreadyExists("membership.status", "the person is already an active member of this group");
      }
      if (merged.status() == MembershipStatus.ACTIVE && merged.role() == MemberRole.LEADER
          && memberships.activeLeader(merged.group().groupId()).filter(id -> !id.equals(membershipId)).isPresent()) {
        throw new DomainException.AlreadyExists("membership.role", "the group already has an active leader");
      }
      memberships.update(Tenant.province(), merged, ChangeStamp.api());
      counts.recount(Set.of(merged.group().groupId()));
      return stored(personId, membershipId);
    });
    counts.publishPending();
    return updated;
  }

  public List<MembershipChange> changes(UUID personId, UUID membershipId) {
    return transactions.inTransaction(() -> {
      stored(personId, membershipId);
      return memberships.changes(membershipId);
    });
  }

  private void check(Membership membership, LocalDate birthDate) {
    LocalDate today = today();
    LocalDate joined = membership.joinedDate();
    LocalDate left = membership.leftDate();
    new Violations()
        .check(joined != null, "membership.joined_date", "must not be empty")
        .check(joined == null || !joined.isAfter(today), "membership.joined_date", "is in the future")
        .check(joined == null || !joined.isBefore(birthDate), "membership.joined_date", "is before the person's birth date")
        .check(membership.status() == MembershipStatus.ACTIVE || left != null, "membership.left_date",
            "must be set when the status is LEFT")
        .check(left == null || !left.isAfter(today), "membership.left_date", "is in the future")
        .check(left == null || joined == null || !left.isBefore(joined), "membership.left_date", "is before the joined date")
        .throwIfAny();
  }

  private Membership stored(UUID personId, UUID membershipId) {
    return memberships.find(personId, membershipId)
        .orElseThrow(() -> new DomainException.NotFound("membership " + membershipId + " of person " + personId));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}

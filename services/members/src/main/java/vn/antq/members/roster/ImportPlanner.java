package vn.antq.members.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.antq.core.VietnameseText;
import vn.antq.members.domain.GroupPath;
import vn.antq.members.domain.MemberRole;
import vn.antq.members.domain.Membership;
import vn.antq.members.domain.MembershipStatus;
import vn.antq.members.domain.MembershipStore;
import vn.antq.members.domain.Person;
import vn.antq.members.domain.PersonDraft;
import vn.antq.members.domain.PersonStore;

/**
 * Compares checked rows with what the province already has (inside the caller's transaction). A
 * national ID already registered to someone with another name, birth date or gender is an error;
 * other details of a known person are updated from the file; an existing active membership is left
 * as it is.
 */
final class ImportPlanner {

  private final PersonStore persons;
  private final MembershipStore memberships;

  ImportPlanner(PersonStore persons, MembershipStore memberships) {
    this.persons = persons;
    this.memberships = memberships;
  }

  ImportPlan plan(String province, List<RosterRow> rows, Map<UUID, GroupPath> groups,
                  Consumer<ImportProblem> problems) {
    Map<String, PersonDraft> filePersons = new LinkedHashMap<>();
    rows.forEach(row -> filePersons.putIfAbsent(row.person().nationalId(), row.person()));
    Map<String, Person> known = persons.findByNationalIds(province, filePersons.keySet());

    Map<String, UUID> personIds = new HashMap<>();
    Map<String, PersonDraft> toCreate = new HashMap<>();
    Map<String, PersonDraft> toUpdate = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    filePersons.forEach((nationalId, draft) -> {
      Person existing = known.get(nationalId);
      if (existing == null) {
        personIds.put(nationalId, UUID.randomUUID());
        toCreate.put(nationalId, draft);
      } else if (!sameIdentity(existing, draft)) {
        conflicting.add(nationalId);
      } else {
        personIds.put(nationalId, existing.id());
        if (!existing.draft().equals(draft)) {
          toUpdate.put(nationalId, draft);
        }
      }
    });

    Map<UUID, Set<UUID>> activeGroups = memberships.activeGroups(
        known.values().stream().map(Person::id).toList());
    Map<UUID, UUID> leaders = memberships.activeLeaders(rows.stream()
        .filter(row -> row.role() == MemberRole.LEADER).map(RosterRow::groupId).toList());

    List<ImportPlan.Step> steps = new ArrayList<>();
    Set<String> written = new HashSet<>();
    int unchanged = 0;
    for (RosterRow row : rows) {
      String nationalId = row.person().nationalId();
      if (conflicting.contains(nationalId)) {
        problems.accept(new ImportProblem(row.line(), Column.NATIONAL_ID.header(),
            "this national ID is already registered to a person with another name, birth date or gender"));
        continue;
      }
      UUID personId = personIds.get(nationalId);
      boolean member = activeGroups.getOrDefault(personId, Set.of()).contains(row.groupId());
      if (!member && row.role() == MemberRole.LEADER && leaders.containsKey(row.groupId())) {
        problems.accept(new ImportProblem(row.line(), Column.ROLE.header(), "the group already has an active leader"));
        continue;
      }
      // The person is written with the first row that writes anything.
      boolean first = !written.contains(nationalId);
      Map.Entry<UUID, PersonDraft> created = first && toCreate.containsKey(nationalId)
          ? Map.entry(personId, toCreate.get(nationalId)) : null;
      Map.Entry<UUID, PersonDraft> changed = first && toUpdate.containsKey(nationalId)
          ? Map.entry(personId, toUpdate.get(nationalId)) : null;
      Membership membership = member ? null : new Membership(UUID.randomUUID(), personId, groups.get(row.groupId()),
          row.role(), MembershipStatus.ACTIVE, row.joinedDate(), null, null, null);
      if (member) {
        unchanged++;
      }
      if (created != null || changed != null || membership != null) {
        steps.add(new ImportPlan.Step(created, changed, membership));
        written.add(nationalId);
      }
    }
    Set<UUID> touched = new HashSet<>();
    steps.stream().filter(step -> step.membership() != null).forEach(step -> touched.add(step.membership().group().groupId()));
    return new ImportPlan(steps, touched, toCreate.size(), toUpdate.size(), unchanged);
  }

  /** The national ID's holder: same birth date and gender, and the same name but for case and diacritics. */
  private static boolean sameIdentity(Person existing, PersonDraft draft) {
    return existing.birthDate().equals(draft.birthDate()) && existing.gender() == draft.gender()
        && VietnameseText.fold(existing.fullName()).equals(VietnameseText.fold(draft.fullName()));
  }
}

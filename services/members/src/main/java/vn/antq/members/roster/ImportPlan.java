package vn.antq.members.roster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.antq.members.domain.Membership;
import vn.antq.members.domain.PersonDraft;

/**
 * What writing a file changes, row by row: persons to create or update, memberships to create; rows
 * whose membership already exists change nothing (which makes importing a file again harmless).
 */
record ImportPlan(List<Step> steps, Set<UUID> groups, int personsCreated, int personsUpdated, int rowsUnchanged) {

  /** A row's writes: its person, when this row is the first to create or update it, and its membership. */
  record Step(Map.Entry<UUID, PersonDraft> newPerson, Map.Entry<UUID, PersonDraft> changedPerson,
              Membership membership) {}

  ImportOutcome outcome() {
    int memberships = (int) steps.stream().filter(step -> step.membership() != null).count();
    return new ImportOutcome(personsCreated, personsUpdated, memberships, rowsUnchanged);
  }
}

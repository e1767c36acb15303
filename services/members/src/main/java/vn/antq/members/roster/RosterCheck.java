package vn.antq.members.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import vn.antq.members.domain.MemberRole;
import vn.antq.members.domain.PersonDraft;

/**
 * Rows that contradict each other within one file. A person in several groups appears on several
 * rows, which must then agree on every personal detail; the same person twice in one group, or two
 * leaders of one group, are errors. Each row is reported against the first row it contradicts.
 */
final class RosterCheck {

  private RosterCheck() {}

  static List<RosterRow> consistent(List<RosterRow> rows, Consumer<ImportProblem> problems) {
    Map<String, RosterRow> firstOfPerson = new HashMap<>();
    Map<String, Integer> placed = new HashMap<>();
    Map<UUID, Integer> leaders = new HashMap<>();
    List<RosterRow> kept = new ArrayList<>(rows.size());
    for (RosterRow row : rows) {
      RosterRow first = firstOfPerson.putIfAbsent(row.person().nationalId(), row);
      if (first != null && !first.person().equals(row.person())) {
        problems.accept(new ImportProblem(row.line(), Column.NATIONAL_ID.header(), "line " + first.line()
            + " has the same national ID with other details (" + String.join(", ", differences(first.person(),
            row.person())) + ")"));
        continue;
      }
      Integer sameGroup = placed.putIfAbsent(row.person().nationalId() + "/" + row.groupId(), row.line());
      if (sameGroup != null) {
        problems.accept(new ImportProblem(row.line(), Column.GROUP_ID.header(),
            "line " + sameGroup + " already puts this person in this group"));
        continue;
      }
      if (row.role() == MemberRole.LEADER) {
        Integer leader = leaders.putIfAbsent(row.groupId(), row.line());
        if (leader != null) {
          problems.accept(new ImportProblem(row.line(), Column.ROLE.header(),
              "line " + leader + " already names this group's leader"));
          continue;
        }
      }
      kept.add(row);
    }
    return kept;
  }

  /** The headers of the columns whose values differ. */
  private static List<String> differences(PersonDraft a, PersonDraft b) {
    List<String> columns = new ArrayList<>();
    differ(columns, Column.FULL_NAME, a.fullName(), b.fullName());
    differ(columns, Column.BIRTH_DATE, a.birthDate(), b.birthDate());
    differ(columns, Column.GENDER, a.gender(), b.gender());
    differ(columns, Column.PHONE, a.phone(), b.phone());
    differ(columns, Column.COMMUNE, a.commune(), b.commune());
    differ(columns, Column.DISTRICT, a.district(), b.district());
    differ(columns, Column.OCCUPATION, a.occupation(), b.occupation());
    differ(columns, Column.ETHNICITY, a.sensitive().ethnicity(), b.sensitive().ethnicity());
    differ(columns, Column.RELIGION, a.sensitive().religion(), b.sensitive().religion());
    differ(columns, Column.REFORMED_OFFENDER, a.sensitive().reformedOffender(), b.sensitive().reformedOffender());
    return columns;
  }

  private static void differ(List<String> columns, Column column, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      columns.add(column.header());
    }
  }
}

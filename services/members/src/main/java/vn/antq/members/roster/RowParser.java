package vn.antq.members.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.antq.core.VietnameseText;
import vn.antq.members.domain.Gender;
import vn.antq.members.domain.MemberRole;
import vn.antq.members.domain.PersonDraft;
import vn.antq.members.domain.PersonField;
import vn.antq.members.domain.PersonRules;
import vn.antq.members.domain.SensitiveData;

/**
 * One row's cells as a {@link RosterRow}, or every reason it is not one. Persons are checked with
 * the same {@link PersonRules} as the API; a value that cannot even be read (a date that is not a
 * date) is reported once, not again as "missing".
 */
final class RowParser {

  private static final Pattern MODEL_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

  private final Layout layout;
  private final LocalDate today;

  RowParser(Layout layout, LocalDate today) {
    this.layout = layout;
    this.today = today;
  }

  /** The row, or null with every problem passed to {@code problems}. */
  RosterRow parse(Table.Row row, Consumer<ImportProblem> problems) {
    Problems found = new Problems(row.line());
    LocalDate birthDate = date(row, Column.BIRTH_DATE, found);
    SensitiveData sensitive = new SensitiveData(text(row, Column.ETHNICITY), text(row, Column.RELIGION),
        yesNo(row, found));
    PersonDraft person = PersonRules.clean(new PersonDraft(text(row, Column.FULL_NAME), birthDate,
        gender(row, found), nationalId(row), phone(row), text(row, Column.COMMUNE), text(row, Column.DISTRICT),
        text(row, Column.OCCUPATION), sensitive));
    for (PersonField.Problem problem : PersonRules.check(person, today)) {
      Column column = Column.of(problem.field());
      if (!found.unreadable.contains(column)) {
        found.add(column, problem.description());
      }
    }
    String modelCode = text(row, Column.MODEL_CODE).toUpperCase(java.util.Locale.ROOT);
    if (modelCode.isEmpty()) {
      found.add(Column.MODEL_CODE, "must not be empty");
    } else if (!MODEL_CODE.matcher(modelCode).matches()) {
      found.add(Column.MODEL_CODE, "is not a model code (letters, digits and '-', e.g. BL-NGUDAN)");
    }
    UUID groupId = groupId(row, found);
    MemberRole role = role(row, found);
    LocalDate joined = text(row, Column.JOINED_DATE).isEmpty() ? today : date(row, Column.JOINED_DATE, found);
    if (joined != null && joined.isAfter(today)) {
      found.add(Column.JOINED_DATE, "is in the future");
    } else if (joined != null && birthDate != null && !birthDate.isAfter(today) && joined.isBefore(birthDate)) {
      found.add(Column.JOINED_DATE, "is before the birth date");
    }
    found.list.forEach(problems);
    return found.list.isEmpty() ? new RosterRow(row.line(), person, modelCode, groupId, role, joined) : null;
  }

  private String text(Table.Row row, Column column) {
    return java.util.Objects.requireNonNullElse(VietnameseText.clean(layout.cell(row, column).text()), "");
  }

  private LocalDate date(Table.Row row, Column column, Problems found) {
    String value = text(row, column);
    if (value.isEmpty()) {
      return null;
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(value, format);
      } catch (DateTimeException e) {
        // try the next accepted form
      }
    }
    found.unreadable(column, value.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}")
        ? "has a two-digit year: write the year in full, e.g. 15/03/1978"
        : "is not a date: write it as dd/mm/yyyy, e.g. 15/03/1978");
    return null;
  }

  private Gender gender(Table.Row row, Problems found) {
    String value = VietnameseText.fold(text(row, Column.GENDER));
    return switch (value) {
      case "nam", "male" -> Gender.MALE;
      case "nu", "female" -> Gender.FEMALE;
      default -> {
        found.unreadable(Column.GENDER, value.isEmpty() ? "must not be empty (Nam or Nữ)" : "must be Nam or Nữ");
        yield null;
      }
    };
  }

  /** A spreadsheet number cannot keep the leading zeros of a national ID: they are put back. */
  private String nationalId(Table.Row row) {
    Table.Cell cell = layout.cell(row, Column.NATIONAL_ID);
    String value = cell.text().strip();
    return cell.numeric() && value.matches("\\d{1,11}") ? "0".repeat(12 - value.length()) + value : value;
  }

  /** Likewise the leading 0 of a phone number. */
  private String phone(Table.Row row) {
    Table.Cell cell = layout.cell(row, Column.PHONE);
    String value = cell.text().strip();
    return cell.numeric() && value.matches("[1-9]\\d{8,9}") ? "0" + value : value;
  }

  private boolean yesNo(Table.Row row, Problems found) {
    return switch (VietnameseText.fold(text(row, Column.REFORMED_OFFENDER))) {
      case "", "khong", "0", "false", "no" -> false;
      case "co", "x", "1", "true", "yes" -> true;
      default -> {
        found.add(Column.REFORMED_OFFENDER, "must be Có or Không (or empty)");
        yield false;
      }
    };
  }

  private UUID groupId(Table.Row row, Problems found) {
    String value = text(row, Column.GROUP_ID);
    if (value.isEmpty()) {
      found.add(Column.GROUP_ID, "must not be empty");
      return null;
    }
    String id = value.contains("/groups/") ? value.substring(value.lastIndexOf('/') + 1) : value;
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      found.add(Column.GROUP_ID, "is not a group id (the last part of the group's name in the registry)");
      return null;
    }
  }

  private MemberRole role(Table.Row row, Problems found) {
    return switch (VietnameseText.fold(text(row, Column.ROLE))) {
      case "", "thanh vien", "to vien", "member" -> MemberRole.MEMBER;
      case "to truong", "truong", "leader" -> MemberRole.LEADER;
      case "to pho", "pho", "deputy" -> MemberRole.DEPUTY;
      default -> {
        found.add(Column.ROLE, "must be Tổ trưởng, Tổ phó or Thành viên");
        yield MemberRole.MEMBER;
      }
    };
  }

  private static final class Problems {
    final List<ImportProblem> list = new ArrayList<>();
    final Set<Column> unreadable = EnumSet.noneOf(Column.class);
    private final int line;

    Problems(int line) {
      this.line = line;
    }

    void add(Column column, String reason) {
      list.add(new ImportProblem(line, column.header(), reason));
    }

    void unreadable(Column column, String reason) {
      unreadable.add(column);
      add(column, reason);
    }
  }
}

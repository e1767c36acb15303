package vn.antq.members.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.antq.core.VietnameseText;

/** What a valid person is; shared by the API and the import, so both accept exactly the same data. */
public final class PersonRules {

  public static final int MAX_TEXT = 100;
  public static final int MAX_SENSITIVE_TEXT = 50;
  /** The youngest members are lower-secondary pupils of school models (học đường). */
  public static final int MIN_AGE = 12;
  public static final int MAX_AGE = 120;

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");
  private static final Pattern PHONE_NOISE = Pattern.compile("[\\s.()-]");
  /** Mobile numbers (10 digits) and landlines with their area code (11 digits, 02x). */
  private static final Pattern PHONE = Pattern.compile("0[35789]\\d{8}|02\\d{9}");

  private PersonRules() {}

  /** The stored form: NFC text, national ID without separators, phone as 0xxxxxxxxx. */
  public static PersonDraft clean(PersonDraft draft) {
    SensitiveData sensitive = draft.sensitive();
    return new PersonDraft(text(draft.fullName()), draft.birthDate(), draft.gender(),
        NationalId.clean(draft.nationalId()), phone(draft.phone()), text(draft.commune()), text(draft.district()),
        text(draft.occupation()), new SensitiveData(text(sensitive.ethnicity()), text(sensitive.religion()),
        sensitive.reformedOffender()));
  }

  /** Every broken rule of a cleaned draft. */
  public static List<PersonField.Problem> check(PersonDraft draft, LocalDate today) {
    List<PersonField.Problem> problems = new ArrayList<>();
    Checks checks = new Checks(problems);
    checks.required(PersonField.FULL_NAME, draft.fullName(), MAX_TEXT);
    if (!draft.fullName().isEmpty() && !NAME.matcher(draft.fullName()).matches()) {
      checks.add(PersonField.FULL_NAME, "must contain only letters, spaces, '.', ''' and '-'");
    }
    if (draft.birthDate() == null) {
      checks.add(PersonField.BIRTH_DATE, "must not be empty");
    } else if (draft.birthDate().isAfter(today)) {
      checks.add(PersonField.BIRTH_DATE, "is in the future");
    } else {
      int age = Period.between(draft.birthDate(), today).getYears();
      if (age < MIN_AGE || age > MAX_AGE) {
        checks.add(PersonField.BIRTH_DATE, "is implausible: the person would be " + age
            + " years old (members are " + MIN_AGE + " to " + MAX_AGE + ")");
      }
    }
    if (draft.gender() == null) {
      checks.add(PersonField.GENDER, "must be MALE or FEMALE");
    }
    boolean datesUsable = draft.birthDate() != null && !draft.birthDate().isAfter(today);
    NationalId.problems(draft.nationalId(), datesUsable ? draft.birthDate() : null, draft.gender())
        .forEach(problem -> checks.add(PersonField.NATIONAL_ID, problem));
    if (!draft.phone().isEmpty() && !PHONE.matcher(draft.phone()).matches()) {
      checks.add(PersonField.PHONE, "must be a Vietnamese phone number, e.g. 0912345678 or +84912345678");
    }
    checks.required(PersonField.COMMUNE, draft.commune(), MAX_TEXT);
    checks.required(PersonField.DISTRICT, draft.district(), MAX_TEXT);
    checks.optional(PersonField.OCCUPATION, draft.occupation(), MAX_TEXT);
    checks.optional(PersonField.ETHNICITY, draft.sensitive().ethnicity(), MAX_SENSITIVE_TEXT);
    checks.optional(PersonField.RELIGION, draft.sensitive().religion(), MAX_SENSITIVE_TEXT);
    return problems;
  }

  private static String text(String value) {
    String clean = VietnameseText.clean(value);
    return clean == null ? "" : clean;
  }

  private static String phone(String value) {
    String digits = value == null ? "" : PHONE_NOISE.matcher(value).replaceAll("");
    return digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
  }

  private record Checks(List<PersonField.Problem> problems) {
    void add(PersonField field, String description) {
      problems.add(new PersonField.Problem(field, description));
    }

    void required(PersonField field, String value, int max) {
      if (value.isEmpty()) {
        add(field, "must not be empty");
      } else {
        optional(field, value, max);
      }
    }

    void optional(PersonField field, String value, int max) {
      if (value.codePointCount(0, value.length()) > max) {
        add(field, "must be at most " + max + " characters");
      }
    }
  }
}

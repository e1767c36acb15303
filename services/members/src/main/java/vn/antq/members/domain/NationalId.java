package vn.antq.members.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The citizen identity card number (CCCD), 12 digits, laid out by Circular 07/2016/TT-BCA: the code
 * of the province where the birth was registered (3 digits), the century-and-gender digit, the last
 * two digits of the birth year, then 6 random digits.
 */
public final class NationalId {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
  /**
   * The 63 birth-registration codes of the circular. They are a national numbering printed on issued
   * cards, not the platform's tenants: the 2025 merger of provinces did not renumber existing cards.
   */
  private static final Set<String> PROVINCE_CODES = Set.of(
      "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
      "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
      "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
      "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
      "094", "095", "096");

  private NationalId() {}

  /** Spaces and dots people type between digit groups are dropped. */
  public static String clean(String raw) {
    return raw == null ? "" : raw.replaceAll("[\\s.]", "");
  }

  /**
   * What is wrong with {@code id}; the birth date and gender are cross-checked when known and within
   * the centuries the layout codes (1900-2399).
   */
  public static List<String> problems(String id, LocalDate birthDate, Gender gender) {
    List<String> problems = new ArrayList<>();
    if (id.isEmpty()) {
      problems.add("must not be empty");
      return problems;
    }
    if (!TWELVE_DIGITS.matcher(id).matches()) {
      problems.add(id.matches("\\d{9,11}")
          ? "must be 12 digits (a spreadsheet may have dropped leading zeros: format the column as text)"
          : "must be 12 digits");
      return problems;
    }
    if (!PROVINCE_CODES.contains(id.substring(0, 3))) {
      problems.add("starts with " + id.substring(0, 3) + ", which is no province's code");
    }
    int centuryGender = id.charAt(3) - '0';
    boolean coded = birthDate != null && birthDate.getYear() >= 1900 && birthDate.getYear() < 2400;
    if (coded && gender != null && centuryGender != centuryGenderDigit(birthDate.getYear(), gender)) {
      problems.add("the 4th digit must be " + centuryGenderDigit(birthDate.getYear(), gender) + " for a "
          + (gender == Gender.MALE ? "man" : "woman") + " born in " + birthDate.getYear());
    }
    if (coded && !id.substring(4, 6).equals(String.format("%02d", birthDate.getYear() % 100))) {
      problems.add("digits 5-6 must be the birth year's last two digits (" + String.format("%02d",
          birthDate.getYear() % 100) + ")");
    }
    return problems;
  }

  /** 0/1 for men/women born 1900-1999, 2/3 for 2000-2099, and so on by century. */
  public static int centuryGenderDigit(int birthYear, Gender gender) {
    return 2 * (birthYear / 100 - 19) + (gender == Gender.FEMALE ? 1 : 0);
  }

  /** The form every response shows: "0951******34". */
  public static String mask(String id) {
    return id.length() != 12 ? "************" : id.substring(0, 4) + "******" + id.substring(10);
  }
}

package vn.antq.welfare.domain;

/**
 * What an ordinary read shows of a beneficiary: initials of the name, the last three digits of the
 * citizen id and phone, the birth year; address and family circumstances not at all. Commune,
 * district, type and school stay: reports and officers' daily work need them.
 */
public final class Masking {

  private static final int VISIBLE_DIGITS = 3;
  private static final String HIDDEN = "***";

  private Masking() {}

  public static Beneficiary mask(Beneficiary full) {
    return new Beneficiary(full.id(), full.province(), full.type(), initials(full.fullName()),
        lastDigits(full.nationalId()), lastDigits(full.phone()), hidden(full.address()), full.commune(),
        full.district(), null, full.birthDate() == null ? null : full.birthDate().getYear(), full.school(),
        hidden(full.circumstances()), true, full.createTime());
  }

  /** "Nguyễn Văn An" → "N. V. A.": whole code points, so a letter with its diacritics stays one letter. */
  static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (!word.isEmpty()) {
        initials.append(initials.isEmpty() ? "" : " ").appendCodePoint(word.codePointAt(0)).append('.');
      }
    }
    return initials.toString();
  }

  static String lastDigits(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    int hidden = Math.max(value.length() - VISIBLE_DIGITS, 0);
    return "*".repeat(hidden) + value.substring(hidden);
  }

  private static String hidden(String value) {
    return value == null || value.isEmpty() ? value : HIDDEN;
  }
}

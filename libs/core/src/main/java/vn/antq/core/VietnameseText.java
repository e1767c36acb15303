package vn.antq.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text handling shared by every service: one stored form, one search form. */
public final class VietnameseText {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private VietnameseText() {}

  /** The stored form: NFC, trimmed, inner whitespace collapsed. Null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
  }

  /**
   * The search form: lower case without diacritics, so "nguyen van a" matches "Nguyễn Văn A".
   * 'đ' is a letter of its own, not a letter with a mark, so NFD leaves it: it is mapped by hand.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
    return COMBINING_MARKS.matcher(decomposed).replaceAll("")
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .toLowerCase(Locale.ROOT);
  }
}

package vn.antq.awards.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.awards.domain.AwardCount;
import vn.antq.awards.domain.AwardForm;
import vn.antq.awards.domain.AwardSummary;
import vn.antq.awards.domain.IssuingLevel;
import vn.antq.awards.domain.RecipientType;

/**
 * The summary laid out like statistical form 0603 of Circular 02/2023/TT-BNV (awards by form and
 * recipient type): a title block, a header with the form's column letters, one row per issuing
 * level and form (collectives, individuals, their total), and a total row. CSV and XLSX print the
 * same rows.
 */
public final class Form0603 {

  public static final String TITLE = "SỐ LƯỢNG KHEN THƯỞNG THEO HÌNH THỨC VÀ ĐỐI TƯỢNG";
  public static final List<String> HEADER =
      List.of("STT", "Hình thức khen thưởng", "Cấp khen thưởng", "Tổng số", "Tập thể", "Cá nhân");
  public static final List<String> COLUMN_CODES = List.of("A", "B", "C", "1=2+3", "2", "3");
  public static final String TOTAL = "Tổng cộng";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A row of the table: numbers stay numbers (XLSX writes them as numeric cells). */
  public record Row(List<Object> cells) {}

  private final List<String> titleLines;
  private final int headerRow;
  private final List<Row> rows;

  private Form0603(List<String> titleLines, List<Row> rows) {
    this.titleLines = titleLines;
    this.headerRow = titleLines.size() + 1;
    this.rows = rows;
  }

  public static Form0603 of(AwardSummary summary, List<AwardForm> forms) {
    List<String> title = List.of("Biểu số 0603 (Thông tư số 02/2023/TT-BNV)", TITLE,
        "Đơn vị báo cáo: provinces/" + summary.province(),
        "Kỳ báo cáo: từ ngày " + DAY.format(summary.start()) + " đến ngày " + DAY.format(summary.end()));
    Map<String, String> formNames = new LinkedHashMap<>();
    forms.forEach(form -> formNames.put(form.code(), form.displayName()));
    // (level, form) → [collectives, individuals], levels in their order, forms as configured.
    Map<IssuingLevel, Map<String, int[]>> cells = new LinkedHashMap<>();
    for (IssuingLevel level : IssuingLevel.values()) {
      for (AwardCount count : summary.counts()) {
        if (count.issuingLevel() == level) {
          int[] pair = cells.computeIfAbsent(level, l -> new LinkedHashMap<>())
              .computeIfAbsent(count.form(), f -> new int[2]);
          pair[count.recipientType() == RecipientType.COLLECTIVE ? 0 : 1] += count.count();
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    int number = 0;
    int collectives = 0;
    int individuals = 0;
    for (var level : cells.entrySet()) {
      for (var form : level.getValue().entrySet()) {
        int[] pair = form.getValue();
        rows.add(new Row(List.of(++number, formNames.getOrDefault(form.getKey(), form.getKey()),
            level.getKey().vietnamese(), pair[0] + pair[1], pair[0], pair[1])));
        collectives += pair[0];
        individuals += pair[1];
      }
    }
    rows.add(new Row(List.of("", TOTAL, "", collectives + individuals, collectives, individuals)));
    return new Form0603(title, rows);
  }

  public List<String> titleLines() {
    return titleLines;
  }

  /** Zero-based index of the header row (after the title lines and one empty row). */
  public int headerRow() {
    return headerRow;
  }

  public List<Row> rows() {
    return rows;
  }
}

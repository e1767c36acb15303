package vn.antq.awards.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Form 0603 as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read the
 * Vietnamese text as UTF-8): the title lines, an empty line, the header, the column codes, the rows.
 */
public final class CsvExport {

  public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

  private CsvExport() {}

  public static byte[] write(Form0603 form) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    form.titleLines().forEach(line -> csv.append(cell(line)).append("\r\n"));
    csv.append("\r\n");
    line(csv, Form0603.HEADER);
    line(csv, Form0603.COLUMN_CODES);
    form.rows().forEach(row -> line(csv, row.cells()));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<?> cells) {
    csv.append(cells.stream().map(value -> cell(String.valueOf(value))).collect(Collectors.joining(","))).append("\r\n");
  }

  private static String cell(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}

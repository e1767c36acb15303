package vn.antq.members.roster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180): values separated by commas, or by semicolons or tabs
 * when the header uses those; double quotes around values that contain separators, quotes or line
 * breaks. Each row remembers the line it starts on.
 */
final class CsvReader {

  private CsvReader() {}

  static Table read(byte[] utf8, int maxRows) {
    String text = new String(utf8, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char separator = separator(text);
    List<Table.Row> rows = new ArrayList<>();
    List<Table.Cell> cells = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    boolean atValueStart = true;
    int line = 1;
    int rowStart = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          value.append(c);
        }
      } else if (c == '"' && atValueStart) {
        quoted = true;
        atValueStart = false;
      } else if (c == separator) {
        cells.add(new Table.Cell(value.toString(), false));
        value.setLength(0);
        atValueStart = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(new Table.Cell(value.toString(), false));
        add(rows, new Table.Row(rowStart, List.copyOf(cells)), maxRows);
        cells.clear();
        value.setLength(0);
        atValueStart = true;
        line++;
        rowStart = line;
      } else {
        value.append(c);
        atValueStart = false;
      }
    }
    if (quoted) {
      throw new RosterException(new ImportProblem(rowStart, "", "a quoted value that starts on this line is never closed"));
    }
    if (!cells.isEmpty() || value.length() > 0) {
      cells.add(new Table.Cell(value.toString(), false));
      add(rows, new Table.Row(rowStart, List.copyOf(cells)), maxRows);
    }
    return Table.of(rows, maxRows);
  }

  /** Blank rows are dropped; reading stops once the limit is clearly passed. */
  private static void add(List<Table.Row> rows, Table.Row row, int maxRows) {
    if (!row.isBlank()) {
      rows.add(row);
      if (rows.size() > maxRows + 1) {
        Table.of(rows, maxRows);
      }
    }
  }

  /** The separator the header line uses most, outside quotes. */
  private static char separator(String text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }
}

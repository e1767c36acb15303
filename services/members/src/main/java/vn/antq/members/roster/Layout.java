package vn.antq.members.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.core.VietnameseText;

/** Where each column of the layout is in a file, read from its header row. */
final class Layout {

  private static final Map<String, Column> BY_NAME = new HashMap<>();

  static {
    for (Column column : Column.values()) {
      column.names().forEach(name -> BY_NAME.put(key(name), column));
    }
  }

  private final Map<Column, Integer> positions;

  private Layout(Map<Column, Integer> positions) {
    this.positions = positions;
  }

  /** @throws RosterException listing every missing required column and every column given twice */
  static Layout of(Table.Row header) {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    List<ImportProblem> problems = new ArrayList<>();
    for (int i = 0; i < header.cells().size(); i++) {
      Column column = BY_NAME.get(key(header.cells().get(i).text()));
      if (column != null && positions.putIfAbsent(column, i) != null) {
        problems.add(new ImportProblem(header.line(), column.header(), "the column appears twice"));
      }
    }
    for (Column column : Column.values()) {
      if (column.required() && !positions.containsKey(column)) {
        problems.add(new ImportProblem(header.line(), column.header(), "missing required column"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RosterException(problems);
    }
    return new Layout(positions);
  }

  Table.Cell cell(Table.Row row, Column column) {
    Integer position = positions.get(column);
    return position == null ? Table.Cell.EMPTY : row.cell(position);
  }

  /** Case, diacritics, spaces around '/' and ',' and a trailing '*' (marking required columns) do not matter. */
  private static String key(String header) {
    return VietnameseText.fold(header).replaceAll("\\s*([/,])\\s*", "$1").replaceAll("\\s*\\*$", "");
  }
}

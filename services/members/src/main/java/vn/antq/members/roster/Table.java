package vn.antq.members.roster;

import java.util.List;

/** A file's header and data rows, blank rows left out. */
record Table(Row header, List<Row> rows) {

  /** A row and the line it started on (the header is line 1 when the file starts with it). */
  record Row(int line, List<Cell> cells) {

    Cell cell(int index) {
      return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    boolean isBlank() {
      return cells.stream().allMatch(cell -> cell.text().isBlank());
    }
  }

  /** A cell's text; {@code numeric} for a spreadsheet number (which cannot keep leading zeros). */
  record Cell(String text, boolean numeric) {
    static final Cell EMPTY = new Cell("", false);
  }

  static Table of(List<Row> nonBlankRows, int maxRows) {
    if (nonBlankRows.isEmpty()) {
      throw new RosterException(ImportProblem.ofFile("the file is empty"));
    }
    List<Row> data = nonBlankRows.subList(1, nonBlankRows.size());
    if (data.isEmpty()) {
      throw new RosterException(ImportProblem.ofFile("the file has a header but no member rows"));
    }
    if (data.size() > maxRows) {
      throw new RosterException(ImportProblem.ofFile("the file has more than " + maxRows
          + " member rows: split it into several files"));
    }
    return new Table(nonBlankRows.get(0), List.copyOf(data));
  }
}

package vn.antq.members.roster;

/**
 * A bad row or file: the line (the header is line 1; 0 for the whole file), the column's header
 * (empty for the whole row or file) and why.
 */
public record ImportProblem(int line, String column, String reason) {

  static ImportProblem ofFile(String reason) {
    return new ImportProblem(0, "", reason);
  }
}

package vn.antq.members.roster;

import java.util.List;

/** The file as a whole cannot be read (encoding, structure, size, header). */
public class RosterException extends RuntimeException {

  private final List<ImportProblem> problems;

  public RosterException(List<ImportProblem> problems) {
    super(problems.get(0).reason());
    this.problems = List.copyOf(problems);
  }

  public RosterException(ImportProblem problem) {
    this(List.of(problem));
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}

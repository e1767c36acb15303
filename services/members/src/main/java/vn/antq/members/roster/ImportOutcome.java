package vn.antq.members.roster;

/** What a run wrote, or for a dry run would write. */
public record ImportOutcome(int personsCreated, int personsUpdated, int membershipsCreated, int rowsUnchanged) {

  static final ImportOutcome NOTHING = new ImportOutcome(0, 0, 0, 0);
}

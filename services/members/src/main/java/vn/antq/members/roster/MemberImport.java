package vn.antq.members.roster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import and its report; {@code errors} holds the first ones, {@code errorCount} counts all. */
public record MemberImport(UUID id, String fileName, FileFormat format, boolean dryRun, ImportState state,
                           int rowsTotal, int rowsDone, int errorCount, List<ImportProblem> errors,
                           ImportOutcome outcome, Instant createTime, Instant updateTime) {

  public MemberImport withErrors(List<ImportProblem> first) {
    return new MemberImport(id, fileName, format, dryRun, state, rowsTotal, rowsDone, errorCount, List.copyOf(first),
        outcome, createTime, updateTime);
  }

  MemberImport interrupted() {
    return new MemberImport(id, fileName, format, dryRun, ImportState.FAILED, rowsTotal, rowsDone, 1,
        List.of(ImportProblem.ofFile("the import was interrupted (the service stopped): run the same file again;"
            + " it adds only what is missing")), outcome, createTime, updateTime);
  }
}

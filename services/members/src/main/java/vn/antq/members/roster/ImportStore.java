package vn.antq.members.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.antq.members.domain.Page;

/** Imports and their reports. Runs in the caller's transaction (row-level security applies the province). */
public interface ImportStore {

  /** How many errors {@link #find} returns with an import. */
  int FIRST_ERRORS = 100;

  Optional<UUID> findIdByRequest(String requestId);

  void insert(String province, UUID id, String requestId, String actor, String fileName, FileFormat format,
              boolean dryRun);

  Optional<MemberImport> find(UUID id);

  void progress(UUID id, ImportState state, int rowsTotal, int rowsDone);

  void finish(String province, UUID id, ImportState state, ImportOutcome outcome, List<ImportProblem> errors);

  /** In file order. */
  Page<ImportProblem> errors(UUID id, int pageSize, String cursor);

  /** Serializes the writing runs of one province until the transaction ends. */
  void lockProvinceImports(String province);
}

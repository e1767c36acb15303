package vn.antq.members.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.members.domain.ChangeStamp;
import vn.antq.members.domain.GroupDirectory;
import vn.antq.members.domain.GroupPath;
import vn.antq.members.domain.MemberCounts;
import vn.antq.members.domain.Membership;
import vn.antq.members.domain.MembershipStore;
import vn.antq.members.domain.PersonDraft;
import vn.antq.members.domain.PersonStore;
import vn.antq.members.domain.RegistryGroup;
import vn.antq.members.domain.Transactions;

/**
 * One import, in the background: read the file, check every row (on its own, against the other
 * rows, with the registry, against the province's data) and report every problem; then, unless it
 * is a dry run or anything was wrong, write everything in one transaction. The run always ends
 * SUCCEEDED or FAILED, never left running.
 */
public class ImportRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
  /** Rows checked or written between two progress reports. */
  private static final int CHUNK = 2000;
  /** Model codes looked up one by one at most, to explain groups that do not match their model. */
  private static final int MAX_CODE_LOOKUPS = 50;

  private final ImportStore store;
  private final PersonStore persons;
  private final MembershipStore memberships;
  private final MemberCounts counts;
  private final GroupDirectory directory;
  private final Transactions transactions;
  private final Clock clock;
  private final int maxRows;

  public ImportRunner(ImportStore store, PersonStore persons, MembershipStore memberships, MemberCounts counts,
                      GroupDirectory directory, Transactions transactions, Clock clock, int maxRows) {
    this.store = store;
    this.persons = persons;
    this.memberships = memberships;
    this.counts = counts;
    this.directory = directory;
    this.transactions = transactions;
    this.clock = clock;
    this.maxRows = maxRows;
  }

  void run(UUID importId, RosterFile file, boolean dryRun) {
    String province = Tenant.province();
    Progress progress = new Progress(store, transactions, importId);
    List<ImportProblem> problems = new ArrayList<>();
    long started = System.nanoTime();
    try {
      Table table = file.format() == FileFormat.CSV ? CsvReader.read(file.content(), maxRows)
          : XlsxReader.read(file.content(), maxRows);
      progress.start(ImportState.VALIDATING, table.rows().size());
      List<RosterRow> rows = parse(table, problems::add, progress);
      rows = RosterCheck.consistent(rows, problems::add);
      long read = System.nanoTime();
      Map<UUID, GroupPath> groups = checkGroups(rows, problems::add);
      long checked = System.nanoTime();
      ImportPlanner planner = new ImportPlanner(persons, memberships);
      List<RosterRow> placeable = rows.stream().filter(row -> groups.containsKey(row.groupId())).toList();
      if (dryRun || !problems.isEmpty()) {
        ImportPlan plan = transactions.inTransaction(() -> planner.plan(province, placeable, groups, problems::add));
        finish(province, importId, problems, dryRun && problems.isEmpty() ? plan.outcome() : ImportOutcome.NOTHING);
        return;
      }
      progress.start(ImportState.WRITING, table.rows().size());
      String source = "provinces/" + province + "/imports/" + importId;
      long[] planned = {0};
      ImportOutcome outcome = transactions.inTransaction(() -> {
        store.lockProvinceImports(province);
        counts.lock(province, groups.keySet());
        ImportPlan plan = planner.plan(province, placeable, groups, problems::add);
        if (!problems.isEmpty()) {
          throw new Rejected();
        }
        planned[0] = System.nanoTime();
        write(province, plan, new ChangeStamp(Tenant.caller().subject(), source), progress);
        counts.recount(plan.groups());
        return plan.outcome();
      });
      long written = System.nanoTime();
      counts.publishPending();
      log.info("Import {}: {} rows read and checked in {} ms, groups checked with the registry in {} ms, "
              + "compared with the province's data in {} ms, written in {} ms, counts published in {} ms", importId,
          table.rows().size(), millis(started, read), millis(read, checked), millis(checked, planned[0]),
          millis(planned[0], written), millis(written, System.nanoTime()));
      finish(province, importId, List.of(), outcome);
    } catch (Rejected e) {
      finish(province, importId, problems, ImportOutcome.NOTHING);
    } catch (RosterException e) {
      finish(province, importId, e.problems(), ImportOutcome.NOTHING);
    } catch (DomainException.Unavailable e) {
      finish(province, importId, List.of(ImportProblem.ofFile("the registry could not be reached to check the "
          + "groups; nothing was written: try again later")), ImportOutcome.NOTHING);
    } catch (RuntimeException e) {
      log.error("Import {} failed", importId, e);
      finish(province, importId, List.of(ImportProblem.ofFile("the import failed unexpectedly; nothing was written")),
          ImportOutcome.NOTHING);
    }
  }

  /**
   * Rows do not depend on each other: each chunk is parsed in parallel, then its rows and problems are
   * taken in file order, and the progress is written from this thread (which carries the caller).
   */
  private List<RosterRow> parse(Table table, Consumer<ImportProblem> problems, Progress progress) {
    RowParser parser = new RowParser(Layout.of(table.header()), LocalDate.now(clock));
    List<RosterRow> rows = new ArrayList<>(table.rows().size());
    for (int from = 0; from < table.rows().size(); from += CHUNK) {
      int to = Math.min(table.rows().size(), from + CHUNK);
      table.rows().subList(from, to).parallelStream().map(row -> {
        List<ImportProblem> found = new ArrayList<>();
        return Map.entry(found, java.util.Optional.ofNullable(parser.parse(row, found::add)));
      }).toList().forEach(parsed -> {
        parsed.getKey().forEach(problems);
        parsed.getValue().ifPresent(rows::add);
      });
      progress.done(to);
    }
    return rows;
  }

  /** The registry's view of the rows' groups (one batch call): unknown groups, and groups of another model. */
  private Map<UUID, GroupPath> checkGroups(List<RosterRow> rows, Consumer<ImportProblem> problems) {
    Map<UUID, RegistryGroup> found = directory.findAll(rows.stream().map(RosterRow::groupId).distinct().toList());
    Set<String> mismatched = new HashSet<>();
    rows.stream().filter(row -> found.containsKey(row.groupId())
            && !found.get(row.groupId()).modelCode().equals(row.modelCode()))
        .forEach(row -> mismatched.add(row.modelCode()));
    Set<String> knownCodes = new HashSet<>();
    found.values().forEach(group -> knownCodes.add(group.modelCode()));
    mismatched.removeAll(knownCodes);
    if (mismatched.size() <= MAX_CODE_LOOKUPS) {
      knownCodes.addAll(directory.existingModelCodes(mismatched));
    }
    Map<UUID, GroupPath> groups = new HashMap<>();
    for (RosterRow row : rows) {
      RegistryGroup group = found.get(row.groupId());
      if (group == null) {
        problems.accept(new ImportProblem(row.line(), Column.GROUP_ID.header(),
            "the province's registry has no group with this id"));
      } else if (!group.modelCode().equals(row.modelCode())) {
        problems.accept(new ImportProblem(row.line(), Column.MODEL_CODE.header(), knownCodes.contains(row.modelCode())
            ? "the group belongs to model " + group.modelCode() + ", not " + row.modelCode()
            : "the province's registry has no model " + row.modelCode() + " (the group belongs to "
                + group.modelCode() + ")"));
      } else {
        groups.put(row.groupId(), group.path());
      }
    }
    return groups;
  }

  private void write(String province, ImportPlan plan, ChangeStamp stamp, Progress progress) {
    List<ImportPlan.Step> steps = plan.steps();
    for (int from = 0; from < steps.size(); from += CHUNK) {
      List<ImportPlan.Step> chunk = steps.subList(from, Math.min(steps.size(), from + CHUNK));
      Map<UUID, PersonDraft> created = new LinkedHashMap<>();
      Map<UUID, PersonDraft> changed = new LinkedHashMap<>();
      List<Membership> joined = new ArrayList<>();
      for (ImportPlan.Step step : chunk) {
        if (step.newPerson() != null) {
          created.put(step.newPerson().getKey(), step.newPerson().getValue());
        }
        if (step.changedPerson() != null) {
          changed.put(step.changedPerson().getKey(), step.changedPerson().getValue());
        }
        if (step.membership() != null) {
          joined.add(step.membership());
        }
      }
      persons.insertAll(province, created);
      persons.updateAll(province, changed);
      memberships.insertAll(province, joined, stamp);
      progress.done(Math.min(steps.size(), from + CHUNK));
    }
  }

  private void finish(String province, UUID importId, List<ImportProblem> problems, ImportOutcome outcome) {
    List<ImportProblem> sorted = problems.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
    transactions.separately(() -> {
      store.finish(province, importId, problems.isEmpty() ? ImportState.SUCCEEDED : ImportState.FAILED, outcome,
          sorted);
      return null;
    });
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  /** Problems found only once the writing transaction had started: it rolls back. */
  private static final class Rejected extends RuntimeException {
    Rejected() {
      super(null, null, false, false);
    }
  }
}

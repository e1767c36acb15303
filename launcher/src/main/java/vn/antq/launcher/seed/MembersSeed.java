package vn.antq.launcher.seed;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import vn.antq.members.v1.CreateImportRequest;
import vn.antq.members.v1.GetImportRequest;
import vn.antq.members.v1.ImportState;
import vn.antq.members.v1.MemberImport;
import vn.antq.members.v1.MemberImportsGrpc;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * Real memberships for every demo group: for each province of {@code demo/members.yml}, a roster
 * with as many members per group as {@code demo/registry.yml} gives it is generated and loaded with
 * the members service's bulk import, as a province would load its spreadsheets. The registry's member
 * counts then come from these memberships (21,986 for Bạc Liêu). A fixed request_id per province
 * makes loading twice harmless.
 */
final class MembersSeed implements DemoSeed {

  private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(3);

  @Override
  public String seed(SeedContext context) {
    Instant started = Instant.now();
    Map<String, RegistryDemoData.Province> registryData = new HashMap<>();
    RegistryDemoData.load().forEach(province -> registryData.put(province.slug(), province));
    // All provinces' imports are started before any is awaited: they run side by side in the service.
    List<Runnable> awaits = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    for (Map<String, Object> settings : provinces()) {
      RegistryDemoData.Province province = registryData.get((String) settings.get("slug"));
      var credentials = context.credentials(province.client());
      List<DemoRoster.Slot> slots = slots(province, RegistryGroups.of(
          ModelRegistryGrpc.newBlockingStub(context.channel("registry")).withCallCredentials(credentials),
          province.slug()));
      @SuppressWarnings("unchecked")
      DemoRoster.Result roster = DemoRoster.generate((String) settings.get("national-id-prefix"),
          (Map<String, Integer>) settings.get("ethnicities"), slots, province.slug().hashCode(), 0);
      var imports = MemberImportsGrpc.newBlockingStub(context.channel("members")).withCallCredentials(credentials);
      MemberImport running = start(imports, province.slug(), roster.csv());
      awaits.add(() -> {
        MemberImport done = await(imports, province.slug(), running.getName());
        loaded.add(String.format("%,d persons in %,d memberships for %s", roster.persons(),
            done.getMembershipsCreated() + done.getRowsUnchanged(), province.slug()));
      });
    }
    awaits.forEach(Runnable::run);
    return "members: " + String.join("; ", loaded) + " (bulk import, "
        + Duration.between(started, Instant.now()).toMillis() / 1000.0 + " s)";
  }

  /** Each registry group with the member count the registry demo data gives it (same model, same order). */
  private static List<DemoRoster.Slot> slots(RegistryDemoData.Province province, List<RegistryGroups.Placed> groups) {
    Map<String, List<Integer>> counts = new HashMap<>();
    province.models().forEach(model -> counts.put(model.code(), new ArrayList<>(model.points().stream()
        .flatMap(point -> point.groupMembers().stream()).toList())));
    List<DemoRoster.Slot> slots = new ArrayList<>();
    for (RegistryGroups.Placed placed : groups) {
      List<Integer> left = counts.get(placed.modelCode());
      if (left == null || left.isEmpty()) {
        throw new IllegalStateException("the registry has more groups of " + placed.modelCode() + " than its demo data");
      }
      slots.add(new DemoRoster.Slot(placed.modelCode(), placed.sector(), placed.commune(), placed.district(),
          placed.groupId(), left.remove(0)));
    }
    return slots;
  }

  private static MemberImport start(MemberImportsGrpc.MemberImportsBlockingStub imports, String province, byte[] csv) {
    return imports.createImport(CreateImportRequest.newBuilder()
        .setParent("provinces/" + province)
        .setFileName("demo-" + province + "-members.csv")
        .setContent(ByteString.copyFrom(csv))
        .setRequestId("demo-" + province + "-members")
        .build());
  }

  private static MemberImport await(MemberImportsGrpc.MemberImportsBlockingStub imports, String province,
                                    String name) {
    Instant deadline = Instant.now().plus(IMPORT_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      MemberImport state = imports.getImport(GetImportRequest.newBuilder().setName(name).build());
      if (state.getState() == ImportState.SUCCEEDED) {
        return state;
      }
      if (state.getState() == ImportState.FAILED) {
        throw new IllegalStateException("the members demo import of " + province + " failed: "
            + state.getErrorsList().stream().limit(5).map(e -> e.getLine() + " " + e.getColumn() + ": " + e.getReason())
            .toList());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("the members demo import of " + province + " did not finish in " + IMPORT_TIMEOUT);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> provinces() {
    try (InputStream in = MembersSeed.class.getResourceAsStream("/demo/members.yml")) {
      return (List<Map<String, Object>>) new Yaml().<Map<String, Object>>load(in).get("provinces");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

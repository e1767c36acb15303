package vn.antq.launcher.seed;

import com.google.protobuf.FieldMask;
import com.google.type.Date;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import vn.antq.registry.v1.AdoptTemplateRequest;
import vn.antq.registry.v1.CreateGroupRequest;
import vn.antq.registry.v1.CreateReplicationPointRequest;
import vn.antq.registry.v1.Decision;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.NationalRegistryGrpc;
import vn.antq.registry.v1.NominateModelRequest;
import vn.antq.registry.v1.RecogniseModelRequest;
import vn.antq.registry.v1.ReplicationPoint;
import vn.antq.registry.v1.Template;
import vn.antq.registry.v1.UpdateModelRequest;
import vn.antq.registry.v1.UpdateTemplateRequest;

/**
 * National replication from {@code demo/national.yml}, after {@link RegistrySeed}: Bạc Liêu
 * nominates its recognised models, the Ministry recognises them as templates (one edited to a
 * second version), and Cà Mau adopts each and runs it at a few places. Only Cà Mau gains models;
 * Bạc Liêu's figures stay those of its report. Every step repeats safely (request ids, or the
 * operation's own idempotence).
 */
final class NationalSeed implements DemoSeed {

  @Override
  @SuppressWarnings("unchecked")
  public String seed(SeedContext context) {
    Map<String, Object> demo = load();
    Map<String, Object> nomination = (Map<String, Object>) demo.get("nomination");
    Map<String, Object> recognition = (Map<String, Object>) demo.get("recognition");
    Map<String, Object> update = (Map<String, Object>) demo.get("update");
    Map<String, Object> adoption = (Map<String, Object>) demo.get("adoption");
    RegistryDemoData.Province origin = RegistryDemoData.load().stream()
        .filter(p -> p.models().stream().anyMatch(RegistryDemoData.ModelSeed::recognised)).findFirst().orElseThrow();

    var nominator = ModelRegistryGrpc.newBlockingStub(context.channel("registry"))
        .withCallCredentials(context.credentials((String) nomination.get("client")));
    var ministry = NationalRegistryGrpc.newBlockingStub(context.channel("registry"))
        .withCallCredentials(context.credentials((String) recognition.get("client")));
    String adopterProvince = (String) adoption.get("province");
    var adopter = ModelRegistryGrpc.newBlockingStub(context.channel("registry"))
        .withCallCredentials(context.credentials((String) adoption.get("client")));
    Decision decision = decision((Map<String, Object>) recognition.get("decision"));

    int templates = 0;
    int groups = 0;
    for (RegistryDemoData.ModelSeed seed : origin.models()) {
      if (!seed.recognised()) {
        continue;
      }
      Model model = byCode(nominator, origin.slug(), seed.code());
      var nominated = nominator.nominateModel(NominateModelRequest.newBuilder().setName(model.getName())
          .setNote((String) nomination.get("note")).setRequestId("demo-national-nominate-" + seed.code()).build());
      Template template = ministry.recogniseModel(RecogniseModelRequest.newBuilder()
          .setNomination(nominated.getName()).setDecision(decision).build());
      templates++;
      String code = ((String) adoption.get("code-prefix")) + seed.code().replaceFirst("^BL-", "");
      Model copy = adopter.adoptTemplate(AdoptTemplateRequest.newBuilder().setParent("provinces/" + adopterProvince)
          .setTemplate(template.getName()).setCode(code).setRequestId("demo-national-adopt-" + seed.code()).build());
      if (copy.getStatus() == ModelStatus.DRAFT) {
        adopter.updateModel(UpdateModelRequest.newBuilder().setModel(copy.toBuilder().setStatus(ModelStatus.ACTIVE))
            .setUpdateMask(FieldMask.newBuilder().addPaths("status")).build());
      }
      groups += runCopy(adopter, copy, templates, adoption);
      if (seed.code().equals(update.get("code")) && template.getVersion() == 1) {
        ministry.updateTemplate(UpdateTemplateRequest.newBuilder()
            .setTemplate(template.toBuilder().setDescription((String) update.get("description")))
            .setUpdateMask(FieldMask.newBuilder().addPaths("description"))
            .setChangelog((String) update.get("changelog")).build());
      }
    }
    return "national: " + templates + " " + origin.slug() + " models recognised as templates, adopted by "
        + adopterProvince + " (" + groups + " groups)";
  }

  /** The adopted model's points at two places, in turn, with as many groups as the configured sizes (their
   *  members come from memberships, which the members service counts). */
  @SuppressWarnings("unchecked")
  private static int runCopy(ModelRegistryGrpc.ModelRegistryBlockingStub adopter, Model copy, int turn,
                             Map<String, Object> adoption) {
    List<Map<String, String>> places = (List<Map<String, String>>) adoption.get("places");
    List<Integer> members = (List<Integer>) adoption.get("group-members");
    String prefix = "demo-national-" + copy.getCode() + "-p";
    int groups = 0;
    for (int p = 0; p < 2; p++) {
      Map<String, String> place = places.get((turn + p) % places.size());
      ReplicationPoint point = adopter.createReplicationPoint(CreateReplicationPointRequest.newBuilder()
          .setParent(copy.getName()).setRequestId(prefix + p)
          .setReplicationPoint(ReplicationPoint.newBuilder().setDisplayName("Điểm " + place.get("commune"))
              .setCommune(place.get("commune")).setDistrict(place.get("district")))
          .build());
      for (int g = 0; g < members.size(); g++, groups++) {
        adopter.createGroup(CreateGroupRequest.newBuilder().setParent(point.getName())
            .setRequestId(prefix + p + "-g" + g)
            .setGroup(Group.newBuilder().setDisplayName("Tổ " + (g + 1)))
            .build());
      }
    }
    return groups;
  }

  private static Model byCode(ModelRegistryGrpc.ModelRegistryBlockingStub registry, String province, String code) {
    return registry.listModels(ListModelsRequest.newBuilder().setParent("provinces/" + province).setText(code)
            .setPageSize(500).build())
        .getModelsList().stream().filter(m -> m.getCode().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalStateException("demo model " + code + " of " + province + " not found"));
  }

  private static Decision decision(Map<String, Object> decision) {
    Object value = decision.get("date");
    // YAML reads an unquoted 2023-09-15 as a timestamp at midnight UTC
    LocalDate date = value instanceof java.util.Date timestamp
        ? timestamp.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : LocalDate.parse(value.toString());
    return Decision.newBuilder().setNumber((String) decision.get("number"))
        .setDate(Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()))
        .build();
  }

  private static Map<String, Object> load() {
    try (InputStream in = NationalSeed.class.getResourceAsStream("/demo/national.yml")) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

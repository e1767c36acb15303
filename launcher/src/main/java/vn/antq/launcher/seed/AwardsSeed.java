package vn.antq.launcher.seed;

import com.google.type.Date;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;
import vn.antq.awards.v1.Achievement;
import vn.antq.awards.v1.AwardsGrpc;
import vn.antq.awards.v1.CreateDecisionRequest;
import vn.antq.awards.v1.CreateNominationRequest;
import vn.antq.awards.v1.Decision;
import vn.antq.awards.v1.IssueNominationRequest;
import vn.antq.awards.v1.IssuingLevel;
import vn.antq.awards.v1.Nomination;
import vn.antq.awards.v1.NominationState;
import vn.antq.awards.v1.Recipient;
import vn.antq.awards.v1.RecipientType;
import vn.antq.awards.v1.ReviewNominationRequest;
import vn.antq.members.v1.ListPersonsRequest;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * The awards of {@code demo/awards.yml}, each through the whole workflow with the province's own
 * clients: its officer client nominates and records the handover, its admin client reviews and
 * records the decision. Collectives are registry models, individuals members of the members
 * service (both verified by the awards service). Runs after the registry and members seeds. Every
 * step repeats safely: creates carry request ids, and a step already taken is not taken again.
 */
final class AwardsSeed implements DemoSeed {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Override
  @SuppressWarnings("unchecked")
  public String seed(SeedContext context) {
    Map<String, Object> root;
    try (InputStream in = AwardsSeed.class.getResourceAsStream("/demo/awards.yml")) {
      root = new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> summary = new ArrayList<>();
    for (Map<String, Object> province : (List<Map<String, Object>>) root.get("provinces")) {
      summary.add(seedProvince(context, province));
    }
    return "awards: " + String.join("; ", summary);
  }

  @SuppressWarnings("unchecked")
  private static String seedProvince(SeedContext context, Map<String, Object> province) {
    String slug = (String) province.get("slug");
    var officer = AwardsGrpc.newBlockingStub(context.channel("awards"))
        .withCallCredentials(context.credentials((String) province.get("client")));
    Map<String, String> models = models(ModelRegistryGrpc.newBlockingStub(context.channel("registry"))
        .withCallCredentials(context.credentials((String) province.get("client"))), slug);
    int awarded = 0;
    if (province.containsKey("decisions")) {
      var admin = AwardsGrpc.newBlockingStub(context.channel("awards"))
          .withCallCredentials(context.credentials((String) province.get("admin-client")));
      List<Map<String, Object>> decisions = (List<Map<String, Object>>) province.get("decisions");
      Map<String, Object> achievement = (Map<String, Object>) province.get("achievement");
      int individuals = decisions.stream().mapToInt(d -> (Integer) d.getOrDefault("individuals", 0)).sum();
      List<String> members = members(MembersGrpc.newBlockingStub(context.channel("members"))
          .withCallCredentials(context.credentials((String) province.get("client"))), slug, individuals);
      Set<String> usedModels = new LinkedHashSet<>();
      decisions.forEach(d -> usedModels.addAll((List<String>) d.getOrDefault("models", List.of())));
      int nextMember = 0;
      for (Map<String, Object> decision : decisions) {
        List<Nomination> nominations = new ArrayList<>();
        String key = "demo-" + slug + "-" + decision.get("key");
        List<String> codes = new ArrayList<>((List<String>) decision.getOrDefault("models", List.of()));
        int more = (Integer) decision.getOrDefault("more-models", 0);
        for (String code : models.keySet()) {
          if (more > 0 && usedModels.add(code)) {
            codes.add(code);
            more--;
          }
        }
        for (String code : codes) {
          nominations.add(nominate(officer, slug, key + "-" + code, decision, achievement,
              Recipient.newBuilder().setType(RecipientType.COLLECTIVE).setModel(require(models, code)).build(),
              (String) achievement.get("collective-citation")));
        }
        for (int i = 0; i < (Integer) decision.getOrDefault("individuals", 0); i++) {
          nominations.add(nominate(officer, slug, key + "-member-" + i, decision, achievement,
              Recipient.newBuilder().setType(RecipientType.INDIVIDUAL).setPerson(members.get(nextMember++)).build(),
              (String) achievement.get("individual-citation")));
        }
        decideAndIssue(officer, admin, slug, key, decision, nominations);
        awarded += nominations.size();
      }
    }
    int waiting = 0;
    for (Map<String, Object> seed : (List<Map<String, Object>>) province.getOrDefault("nominations", List.of())) {
      LocalDate end;
      LocalDate start;
      if (seed.containsKey("period")) {
        List<Object> period = (List<Object>) seed.get("period");
        start = day(period.get(0));
        end = day(period.get(1));
      } else {
        end = LocalDate.now(VIETNAM).minusDays((Integer) seed.get("ended-days-ago"));
        start = end.minusMonths(6);
      }
      officer.createNomination(CreateNominationRequest.newBuilder().setParent("provinces/" + slug)
          .setRequestId("demo-" + slug + "-" + seed.get("key"))
          .setNomination(Nomination.newBuilder()
              .setRecipient(Recipient.newBuilder().setType(RecipientType.COLLECTIVE)
                  .setModel(require(models, (String) seed.get("model"))))
              .setForm((String) seed.get("form"))
              .setIssuingLevel(IssuingLevel.valueOf((String) seed.get("level")))
              .setAchievement(Achievement.newBuilder().setPeriodStart(date(start)).setPeriodEnd(date(end))
                  .setCitation((String) seed.get("citation"))))
          .build());
      waiting++;
    }
    return slug + " " + awarded + " awarded, " + waiting + " waiting";
  }

  private static Nomination nominate(AwardsGrpc.AwardsBlockingStub officer, String slug, String requestId,
                                     Map<String, Object> decision, Map<String, Object> achievement,
                                     Recipient recipient, String citation) {
    return officer.createNomination(CreateNominationRequest.newBuilder().setParent("provinces/" + slug)
        .setRequestId(requestId)
        .setNomination(Nomination.newBuilder().setRecipient(recipient)
            .setForm((String) decision.get("form"))
            .setIssuingLevel(IssuingLevel.valueOf((String) decision.get("level")))
            .setAchievement(Achievement.newBuilder().setPeriodStart(date(day(achievement.get("start"))))
                .setPeriodEnd(date(day(achievement.get("end")))).setCitation(citation)))
        .build());
  }

  /** Review, decision and handover, each only if not taken yet (a second seeding finds them done). */
  private static void decideAndIssue(AwardsGrpc.AwardsBlockingStub officer, AwardsGrpc.AwardsBlockingStub admin,
                                     String slug, String key, Map<String, Object> decision, List<Nomination> nominations) {
    for (Nomination nomination : nominations) {
      if (nomination.getState() == NominationState.NOMINATED) {
        admin.reviewNomination(ReviewNominationRequest.newBuilder().setName(nomination.getName()).setApprove(true)
            .build());
      }
    }
    admin.createDecision(CreateDecisionRequest.newBuilder().setParent("provinces/" + slug).setRequestId(key)
        .setDecision(Decision.newBuilder()
            .setNumber((String) decision.get("number"))
            .setDecisionDate(date(day(decision.get("date"))))
            .setSigner((String) decision.get("signer"))
            .setIssuingLevel(IssuingLevel.valueOf((String) decision.get("level")))
            .setDocumentReference("Văn bản " + decision.get("number"))
            .addAllNominations(nominations.stream().map(Nomination::getName).toList()))
        .build());
    for (Nomination nomination : nominations) {
      if (nomination.getState() != NominationState.ISSUED) {
        officer.issueNomination(IssueNominationRequest.newBuilder().setName(nomination.getName())
            .setIssueDate(date(day(decision.get("issued")))).build());
      }
    }
  }

  /** Model names by code, every model of the province, in code order. */
  private static Map<String, String> models(ModelRegistryGrpc.ModelRegistryBlockingStub registry, String slug) {
    Map<String, String> names = new TreeMap<>();
    for (Model model : registry.listModels(ListModelsRequest.newBuilder().setParent("provinces/" + slug)
        .setPageSize(500).build()).getModelsList()) {
      names.put(model.getCode(), model.getName());
    }
    return names;
  }

  private static List<String> members(MembersGrpc.MembersBlockingStub members, String slug, int count) {
    List<String> names = members.listPersons(ListPersonsRequest.newBuilder().setParent("provinces/" + slug)
        .setPageSize(count).build()).getPersonsList().stream().map(p -> p.getName()).toList();
    if (names.size() < count) {
      throw new IllegalStateException(slug + " has " + names.size() + " members, the awards demo needs " + count);
    }
    return names;
  }

  private static String require(Map<String, String> models, String code) {
    String name = models.get(code);
    if (name == null) {
      throw new IllegalStateException("model " + code + " is not in the registry demo data");
    }
    return name;
  }

  private static LocalDate day(Object value) {
    return value instanceof java.util.Date date ? date.toInstant().atZone(ZoneId.of("UTC")).toLocalDate()
        : LocalDate.parse(String.valueOf(value));
  }

  private static Date date(LocalDate day) {
    return Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue()).setDay(day.getDayOfMonth()).build();
  }
}

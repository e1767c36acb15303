package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * National replication end to end, through the gateway's REST API with tokens from identity, on the
 * shared platform with demo data: the nine Bạc Liêu templates adopted by Cà Mau. Creates models in
 * Cà Mau only, never in Bạc Liêu, whose figures PlatformIT asserts. The national dashboard's members,
 * campaigns and welfare sections carry the seeded Bạc Liêu figures asserted in MembersIT, CampaignsIT
 * and WelfareIT.
 */
class NationalReplicationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String DECISION = "{\"number\":\"2024/QĐ-BCA\",\"date\":{\"year\":2024,\"month\":3,\"day\":8}}";

  private static String gateway;
  private static String ministry;
  private static String ministryAdmin;
  private static String baclieuAdmin;
  private static String baclieu;
  private static String camau;
  private static String camauAdmin;

  @BeforeAll
  static void platformWithDemoData() {
    RunningPlatform platform = RunningPlatform.shared();
    gateway = platform.gateway;
    ministry = platform.token("ministry-reports");
    ministryAdmin = platform.token("ministry-admin");
    baclieuAdmin = platform.token("bac-lieu-admin-sync");
    baclieu = platform.token("bac-lieu-sync");
    camau = platform.token("ca-mau-sync");
    camauAdmin = platform.token("ca-mau-admin-sync");
  }

  @Test
  void theMinistrySeesTheCatalogueWithCaMausAdoptionBesideBacLieusFigures() {
    JsonNode catalogue = get(ministry, "/api/v1/national/catalogue?pageSize=100").body;
    List<JsonNode> fromBacLieu = new ArrayList<>();
    catalogue.get("entries").forEach(entry -> {
      if (entry.get("template").get("originProvince").asString().equals("bac-lieu")) {
        fromBacLieu.add(entry);
      }
    });
    assertThat(fromBacLieu).extracting(e -> e.get("template").get("displayName").asString()).contains(
        "Câu lạc bộ người hoàn lương", "Tổ tự quản dòng tộc về ANTT", "Tổ giáo dân tự quản, tự phòng về ANTT",
        "Tuyến kênh an toàn về ANTT", "Tổ ngư dân tự quản về ANTT trên biển",
        "Tổ công nhân dịch vụ đô thị tự quản về ANTT", "Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer",
        "Câu lạc bộ nữ phòng chống tội phạm", "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm");
    for (JsonNode entry : fromBacLieu) {
      assertThat(entry.get("origin").get("province").asString()).isEqualTo("bac-lieu");
      assertThat(entry.get("origin").get("members").asLong()).isPositive();
      assertThat(entry.get("adopters").findValuesAsString("province")).contains("ca-mau");
    }
    JsonNode fishermen = fromBacLieu.stream()
        .filter(e -> e.get("template").get("code").asString().equals("BL-NGUDAN")).findFirst().orElseThrow();
    assertThat(fishermen.get("template").get("version").asInt()).isEqualTo(2);
    JsonNode camauCopy = fishermen.get("adopters").get(0);
    assertThat(camauCopy.get("templateVersion").asInt()).as("offered, not applied").isEqualTo(1);
    assertThat(camauCopy.get("groups").asInt()).isEqualTo(6);
    assertThat(camauCopy.get("adoptTime").asString()).isNotBlank();

  }

  @Test
  void theNationalDashboardHasEveryServicesSectionWithBacLieusSeededFigures() {
    JsonNode dashboard = get(ministry, "/api/v1/national/dashboard?period=2023").body;
    assertThat(dashboard.get("complete").asBoolean()).as("%s", dashboard.get("gaps")).isTrue();
    JsonNode baclieuRow = row(dashboard, "bac-lieu");
    assertThat(baclieuRow.get("displayName").asString()).isEqualTo("Bạc Liêu");
    assertThat(baclieuRow.get("members").asLong()).as("registry").isEqualTo(21_986);
    assertThat(baclieuRow.get("registeredMembers").asLong()).as("members service").isEqualTo(21_986);
    assertThat(baclieuRow.get("campaignLaunches").asLong()).isEqualTo(1406);
    assertThat(baclieuRow.get("campaignAttendees").asLong()).isEqualTo(131_274);
    assertThat(baclieuRow.get("tips").asLong()).isEqualTo(1994);
    assertThat(baclieuRow.get("surrenderedItems").asLong()).isEqualTo(2278);
    assertThat(baclieuRow.get("mediations").asLong()).isEqualTo(384);
    assertThat(baclieuRow.get("patrols").asInt()).isEqualTo(731);
    assertThat(baclieuRow.get("forums").asInt()).isEqualTo(64);
    assertThat(baclieuRow.get("charityHouses").asInt()).isEqualTo(156);
    assertThat(baclieuRow.get("ruralBridges").asInt()).isEqualTo(13);
    assertThat(baclieuRow.get("scholarships").asInt()).isEqualTo(158);
    assertThat(baclieuRow.get("healthInsuranceCards").asInt()).isEqualTo(465);
    assertThat(Long.parseLong(baclieuRow.get("welfareVnd").asString())).isEqualTo(23_772_500_000L);
    assertThat(baclieuRow.get("awards").asInt()).as("decided in 2023: 1+1, 9+40, 24+67").isEqualTo(142);
    assertThat(baclieuRow.path("missing")).as("every service answered").isEmpty();
    assertThat(dashboard.path("gaps")).isEmpty();
    JsonNode nation = dashboard.get("nation");
    long tips = 0;
    for (JsonNode province : dashboard.get("provinces")) {
      tips += province.path("tips").asLong();
    }
    assertThat(nation.get("tips").asLong()).isEqualTo(tips).isGreaterThanOrEqualTo(1994);
    assertThat(get(ministry, "/api/v1/national/dashboard?period=2023-q7").status).isEqualTo(400);
  }

  @Test
  void aCaMauNominationCarriesEveryServicesEvidenceAndTheMinistryRejectsItOnRecord() {
    Instant before = Instant.now().minusSeconds(5);
    String model = modelByCode(camau, "ca-mau", "CM-UMINH");
    Response nominated = send(camauAdmin, "POST", "/api/v1/" + model + ":nominate",
        "{\"note\":\"Phòng chống cháy rừng hiệu quả\",\"requestId\":\"it-nominate-uminh-" + UUID.randomUUID() + "\"}");
    assertThat(nominated.status).as("%s", nominated.body).isEqualTo(200);
    JsonNode evidence = nominated.body.get("evidence");
    assertThat(evidence.get("registry").get("members").asLong()).isPositive();
    assertThat(evidence.get("members").get("registeredMembers").asLong())
        .as("the members service's count of the model's members").isPositive();
    assertThat(evidence.get("campaigns").get("periods").size()).as("quarters of activity, newest first").isPositive();
    assertThat(evidence.has("welfare")).isTrue();
    assertThat(evidence.has("awards")).isTrue();
    assertThat(evidence.path("gaps")).as("every service answered").isEmpty();
    String name = nominated.body.get("name").asString();

    String reason = "Cần bổ sung kết quả hoạt động của các tổ";
    assertThat(send(camauAdmin, "POST", "/api/v1/national/" + name + ":reject", "{\"reason\":\"x\"}").status)
        .isEqualTo(403);
    assertThat(send(ministry, "POST", "/api/v1/national/" + name + ":reject", "{\"reason\":\"x\"}").status)
        .as("an analyst reads; only an administrator decides").isEqualTo(403);
    Response rejected = send(ministryAdmin, "POST", "/api/v1/national/" + name + ":reject",
        "{\"reason\":\"" + reason + "\"}");
    assertThat(rejected.status).as("%s", rejected.body).isEqualTo(200);
    assertThat(rejected.body.get("state").asString()).isEqualTo("REJECTED");
    JsonNode seen = get(camau, "/api/v1/" + name).body;
    assertThat(seen.get("state").asString()).isEqualTo("REJECTED");
    assertThat(seen.get("rejectionReason").asString()).isEqualTo(reason);

    // The refused attempts never reached the registry: the gateway answered 403 itself.
    JsonNode audit = get(ministry, "/api/v1/national/audit?operation=RejectNomination&pageSize=100").body;
    List<JsonNode> calls = new ArrayList<>();
    audit.get("entries").forEach(entry -> {
      if (entry.get("request").asString().contains(name)) {
        calls.add(entry);
      }
    });
    assertThat(calls).singleElement().satisfies(entry -> {
      assertThat(entry.get("allowed").asBoolean()).isTrue();
      assertThat(entry.get("operation").asString()).isEqualTo("antq.registry.v1.NationalRegistry/RejectNomination");
      assertThat(entry.get("roles").toString()).contains("MINISTRY_ADMIN");
      assertThat(entry.get("subject").asString()).isNotBlank();
      assertThat(Instant.parse(entry.get("time").asString())).isAfter(before);
    });
    JsonNode reads = get(ministry, "/api/v1/national/audit?operation=GetNationalDashboard&pageSize=5").body;
    assertThat(reads.get("entries").findValuesAsString("operation"))
        .allMatch(operation -> operation.endsWith("/GetNationalDashboard"));
    assertThat(get(camau, "/api/v1/national/audit").status).isEqualTo(403);
    assertThat(get(camauAdmin, "/api/v1/national/audit").status).isEqualTo(403);
  }

  @Test
  void aReviewComputesTipsAndMediationsPerThousandMembersFromReportedResults() {
    JsonNode model = modelNodeByCode(camau, "ca-mau", "CM-DATMUI");
    long members = model.get("memberCount").asLong();
    assertThat(members).isPositive();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    int quarter = (today.getMonthValue() - 1) / 3 + 1;
    String unit = "it-dat-mui-" + UUID.randomUUID().toString().substring(0, 8);
    Response reported = send(camau, "PUT", "/api/v1/provinces/ca-mau/periods/" + today.getYear() + "-q" + quarter
        + "/results/" + unit, "{\"unitDisplayName\":\"Tổ ngư dân Đất Mũi\",\"district\":\"Huyện Ngọc Hiển\","
        + "\"tipsReceived\":9,\"disputesMediated\":3,\"model\":\"" + model.get("name").asString() + "\"}");
    assertThat(reported.status).as("%s", reported.body).isEqualTo(200);
    assertThat(reported.body.get("model").asString()).isEqualTo(model.get("name").asString());

    Response reviewed = send(camau, "POST", "/api/v1/provinces/ca-mau/models:review",
        "{\"period\":\"" + today.getYear() + "-Q" + quarter + "\"}");
    assertThat(reviewed.status).as("%s", reviewed.body).isEqualTo(200);
    JsonNode review = null;
    for (JsonNode candidate : reviewed.body.get("reviews")) {
      if (candidate.get("name").asString().startsWith(model.get("name").asString() + "/")) {
        review = candidate;
      }
    }
    assertThat(review).isNotNull();
    JsonNode indicators = review.get("indicators");
    assertThat(indicators.get("members").asLong()).isEqualTo(members);
    assertThat(indicators.get("tips").asLong()).isEqualTo(9);
    assertThat(indicators.get("mediations").asLong()).isEqualTo(3);
    assertThat(indicators.get("tipsPerThousandMembers").asDouble()).isCloseTo(9000.0 / members, within(1e-9));
    assertThat(indicators.get("mediationsPerThousandMembers").asDouble()).isCloseTo(3000.0 / members, within(1e-9));
    assertThat(review.path("gaps")).as("every service answered").isEmpty();
  }

  @Test
  void provinceTokensGet403OnNationalPathsAndMinistryTokensOnProvincePaths() {
    for (String token : List.of(baclieu, camau, baclieuAdmin)) {
      assertThat(get(token, "/api/v1/national/catalogue").status).isEqualTo(403);
      assertThat(get(token, "/api/v1/national/dashboard").status).isEqualTo(403);
      assertThat(send(token, "POST", "/api/v1/national/templates",
          "{\"nomination\":\"provinces/bac-lieu/nominations/" + UUID.randomUUID() + "\",\"decision\":" + DECISION + "}")
          .status).isEqualTo(403);
    }
    assertThat(get(ministry, "/api/v1/provinces/ca-mau/catalogue").status).isEqualTo(403);
    assertThat(send(ministry, "POST", "/api/v1/national/templates", "{}").status)
        .as("an analyst reads; only an administrator decides").isEqualTo(403);
  }

  @Test
  void caMauAdoptsARecognisedModelSeesItsLineageAndIsOfferedTheNextVersion() {
    String origin = modelByCode(baclieu, "bac-lieu", "BL-DEBIEN");
    Response nominated = send(baclieuAdmin, "POST", "/api/v1/" + origin + ":nominate",
        "{\"note\":\"Hiệu quả bảo vệ đê biển\",\"requestId\":\"it-nominate-debien\"}");
    assertThat(nominated.status).isEqualTo(200);
    assertThat(nominated.body.get("evidence").get("registry").get("groups").asInt()).isPositive();
    Response recognised = send(ministryAdmin, "POST", "/api/v1/national/templates",
        "{\"nomination\":\"" + nominated.body.get("name").asString() + "\",\"decision\":" + DECISION + "}");
    assertThat(recognised.status).isEqualTo(200);
    String template = recognised.body.get("name").asString();

    Response adopted = send(camau, "POST", "/api/v1/provinces/ca-mau/models:adopt",
        "{\"template\":\"" + template + "\",\"code\":\"CM-DEBIEN-IT\",\"requestId\":\"it-adopt-debien\"}");
    assertThat(adopted.status).isEqualTo(200);
    String model = adopted.body.get("name").asString();
    assertThat(model).startsWith("provinces/ca-mau/models/");
    JsonNode lineage = get(camau, "/api/v1/" + model).body.get("lineage");
    assertThat(lineage.get("template").asString()).isEqualTo(template);
    assertThat(lineage.get("templateVersion").asInt()).isEqualTo(1);
    assertThat(lineage.get("originProvince").asString()).isEqualTo("bac-lieu");

    Response edited = send(ministryAdmin, "PATCH", "/api/v1/national/" + template,
        "{\"template\":{\"version\":1,\"description\":\"Bổ sung tuần tra mùa triều cường\"},"
            + "\"updateMask\":\"description\",\"changelog\":\"Tuần tra mùa triều cường\"}");
    assertThat(edited.status).isEqualTo(200);
    assertThat(edited.body.get("versions").findValuesAsString("changelog")).contains("Tuần tra mùa triều cường");
    JsonNode entry = catalogueEntry(template);
    assertThat(entry.get("adoptedModel").asString()).isEqualTo(model);
    assertThat(entry.get("newerVersionAvailable").asBoolean()).isTrue();
    Response applied = send(camau, "POST", "/api/v1/" + model + ":applyTemplateVersion", "{}");
    assertThat(applied.status).isEqualTo(200);
    assertThat(applied.body.get("lineage").get("templateVersion").asInt()).isEqualTo(2);
    assertThat(applied.body.get("description").asString()).isEqualTo("Bổ sung tuần tra mùa triều cường");
    assertThat(send(camau, "POST", "/api/v1/" + model + ":applyTemplateVersion", "{}").status)
        .as("already at the current version").isEqualTo(422);
  }

  private static JsonNode catalogueEntry(String template) {
    for (JsonNode entry : get(camau, "/api/v1/provinces/ca-mau/catalogue?pageSize=100").body.get("entries")) {
      if (entry.get("template").get("name").asString().equals(template)) {
        return entry;
      }
    }
    throw new AssertionError(template + " is not in ca-mau's catalogue");
  }

  private static String modelByCode(String token, String province, String code) {
    return modelNodeByCode(token, province, code).get("name").asString();
  }

  private static JsonNode modelNodeByCode(String token, String province, String code) {
    for (JsonNode model : get(token, "/api/v1/provinces/" + province + "/models?text=" + code).body.get("models")) {
      if (model.get("code").asString().equals(code)) {
        return model;
      }
    }
    throw new AssertionError(code + " not found in " + province);
  }

  private static JsonNode row(JsonNode dashboard, String province) {
    for (JsonNode row : dashboard.get("provinces")) {
      if (row.get("province").asString().equals(province)) {
        return row;
      }
    }
    throw new AssertionError(province + " is not on the dashboard");
  }

  record Response(int status, JsonNode body) {}

  private static Response get(String token, String path) {
    return send(token, "GET", path, null);
  }

  private static Response send(String token, String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(),
          response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

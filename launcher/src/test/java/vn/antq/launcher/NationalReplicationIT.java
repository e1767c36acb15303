package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Cà Mau only, never in Bạc Liêu, whose figures PlatformIT asserts.
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

  @BeforeAll
  static void platformWithDemoData() {
    RunningPlatform platform = RunningPlatform.shared();
    gateway = platform.gateway;
    ministry = platform.token("ministry-reports");
    ministryAdmin = platform.token("ministry-admin");
    baclieuAdmin = platform.token("bac-lieu-admin-sync");
    baclieu = platform.token("bac-lieu-sync");
    camau = platform.token("ca-mau-sync");
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

    JsonNode dashboard = get(ministry, "/api/v1/national/dashboard").body;
    assertThat(dashboard.get("complete").asBoolean()).isTrue();
    JsonNode baclieuRow = row(dashboard, "bac-lieu");
    assertThat(baclieuRow.get("members").asLong()).isEqualTo(21_986);
    assertThat(baclieuRow.get("displayName").asString()).isEqualTo("Bạc Liêu");
    assertThat(baclieuRow.has("registeredMembers")).as("no members service: absent, not 0").isFalse();
    assertThat(dashboard.get("gaps").findValuesAsString("kind")).containsOnly("NOT_AVAILABLE");
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
    for (JsonNode model : get(token, "/api/v1/provinces/" + province + "/models?text=" + code).body.get("models")) {
      if (model.get("code").asString().equals(code)) {
        return model.get("name").asString();
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

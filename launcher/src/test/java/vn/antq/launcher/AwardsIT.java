package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The awards service end to end, through the gateway's REST API with tokens from identity, on the
 * platform README command 1 starts. Data created here is decided in 2024 or later, outside the
 * seeded year 2023 whose figures are asserted.
 */
class AwardsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String YEAR_2023 = "startDate.year=2023&startDate.month=1&startDate.day=1"
      + "&endDate.year=2023&endDate.month=12&endDate.day=31";

  private static RunningPlatform platform;
  private static String baclieu;
  private static String baclieuAdmin;
  private static String camau;

  @BeforeAll
  static void platformWithDemoData() {
    platform = RunningPlatform.shared();
    baclieu = platform.token("bac-lieu-sync");
    baclieuAdmin = platform.token("bac-lieu-admin-sync");
    camau = platform.token("ca-mau-sync");
  }

  @Test
  void demoDataReproducesTheBacLieu2023Awards() {
    Response response = get(baclieu, "/api/v1/provinces/bac-lieu/awardSummary?" + YEAR_2023);
    assertThat(response.status).isEqualTo(200);
    Map<String, String> levels = new HashMap<>();
    response.body.get("levels").forEach(level -> levels.put(level.get("issuingLevel").asString(),
        level.get("collectives").asInt() + "+" + level.get("individuals").asInt()));
    assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of(
        "FATHERLAND_FRONT_CENTRAL", "1+1", "MINISTRY", "9+40", "PROVINCIAL_COMMITTEE", "24+67"));
    assertThat(response.body.get("collectives").asInt()).isEqualTo(34);
    assertThat(response.body.get("individuals").asInt()).isEqualTo(108);
    JsonNode timeliness = response.body.get("timeliness");
    assertThat(timeliness.get("decided").asInt()).isEqualTo(142);
    assertThat(timeliness.get("maxDays").asInt()).as("31 Dec 2022 to 5 Oct 2023").isEqualTo(278);
  }

  @Test
  void theCsvExportThroughTheGatewayIsForm0603() {
    Download csv = download(baclieu, "/api/v1/provinces/bac-lieu/awardSummary:export?format=CSV&" + YEAR_2023);
    assertThat(csv.status).isEqualTo(200);
    assertThat(csv.contentType).startsWith("text/csv");
    List<String> lines = new String(csv.body, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).contains("STT,Hình thức khen thưởng,Cấp khen thưởng,Tổng số,Tập thể,Cá nhân",
        "1,Bằng khen,Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam,2,1,1",
        "2,Bằng khen,Bộ Công an,34,9,25",
        "3,Kỷ niệm chương Bảo vệ an ninh Tổ quốc,Bộ Công an,15,0,15",
        "4,Bằng khen,Ủy ban nhân dân tỉnh,91,24,67");
    assertThat(lines.get(lines.size() - 1)).isEqualTo(",Tổng cộng,,142,34,108");
  }

  @Test
  void theXlsxExportThroughTheGatewayHasTheFiguresAsNumbers() throws IOException {
    Download xlsx = download(baclieu, "/api/v1/provinces/bac-lieu/awardSummary:export?format=XLSX&" + YEAR_2023);
    assertThat(xlsx.status).isEqualTo(200);
    assertThat(xlsx.contentType).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body))) {
      Sheet sheet = workbook.getSheet("0603");
      Map<String, Row> rows = new HashMap<>();
      for (Row row : sheet) {
        if (row.getPhysicalNumberOfCells() == 6) {
          rows.put(row.getCell(1).getStringCellValue() + " | " + row.getCell(2).getStringCellValue(), row);
        }
      }
      Row ministry = rows.get("Bằng khen | Bộ Công an");
      assertThat(ministry.getCell(4).getNumericCellValue()).isEqualTo(9.0);
      assertThat(ministry.getCell(5).getNumericCellValue()).isEqualTo(25.0);
      Row medal = rows.get("Kỷ niệm chương Bảo vệ an ninh Tổ quốc | Bộ Công an");
      assertThat(medal.getCell(5).getNumericCellValue()).isEqualTo(15.0);
      Row committee = rows.get("Bằng khen | Ủy ban nhân dân tỉnh");
      assertThat(committee.getCell(3).getNumericCellValue()).isEqualTo(91.0);
      Row total = rows.get("Tổng cộng | ");
      assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(34.0);
      assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(108.0);
    }
  }

  @Test
  void seededAwardsWentThroughTheWholeWorkflowWithVerifiedRecipients() {
    JsonNode issued = get(baclieu, "/api/v1/provinces/bac-lieu/awardNominations?state=ISSUED&pageSize=500").body;
    assertThat(issued.get("totalSize").asInt()).isGreaterThanOrEqualTo(142);
    List<JsonNode> seeded = issued.get("nominations").valueStream()
        .filter(n -> n.get("achievement").get("periodEnd").get("year").asInt() == 2022).toList();
    assertThat(seeded).hasSize(142).allSatisfy(n -> {
      assertThat(n.get("recipient").get("verification").asString()).isEqualTo("VERIFIED");
      assertThat(n.get("recipient").get("displayName").asString()).isNotBlank();
      assertThat(n.get("decision").asString()).startsWith("provinces/bac-lieu/awardDecisions/");
    });
    assertThat(seeded).filteredOn(n -> n.get("recipient").get("type").asString().equals("INDIVIDUAL"))
        .hasSize(108).allMatch(n -> n.get("recipient").get("person").asString().startsWith("provinces/bac-lieu/persons/"));
    JsonNode first = seeded.get(0);
    JsonNode events = get(baclieu, "/api/v1/" + first.get("name").asString() + "/events").body.get("events");
    assertThat(events.findValuesAsString("action")).containsExactly("NOMINATE", "REVIEW", "DECIDE", "ISSUE");
    assertThat(events.findValuesAsString("subject")).containsExactly("bac-lieu-sync", "bac-lieu-admin-sync",
        "bac-lieu-admin-sync", "bac-lieu-sync");
  }

  @Test
  void caMauHasAnOverdueNominationListed() {
    JsonNode overdue = get(camau, "/api/v1/provinces/ca-mau/awardNominations?overdueOnly=true").body;
    assertThat(overdue.get("nominations").findValuesAsString("displayName"))
        .contains("Tổ phòng chống cháy rừng U Minh Hạ");
    assertThat(overdue.get("nominations").valueStream().map(n -> n.get("overdue").asBoolean())).containsOnly(true);
    JsonNode all = get(camau, "/api/v1/provinces/ca-mau/awardNominations?state=NOMINATED").body;
    assertThat(all.get("nominations").valueStream().filter(n -> !n.get("overdue").asBoolean()).count())
        .as("recent nominations are not overdue").isGreaterThanOrEqualTo(2);
    JsonNode summary = get(camau, "/api/v1/provinces/ca-mau/awardSummary").body;
    assertThat(summary.get("timeliness").get("overdue").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(summary.get("timeliness").get("overdueAfterDays").asInt()).as("Cà Mau's own limit").isEqualTo(60);
  }

  @Test
  void badInputIsA400NamingTheFieldAndOutOfOrderStepsAreRefused() {
    String nominations = "/api/v1/provinces/bac-lieu/awardNominations";
    Response missing = send(baclieu, "POST", nominations, "{}");
    assertThat(missing.status).isEqualTo(400);
    assertThat(missing.contentType).startsWith("application/problem+json");
    assertThat(missing.body.get("errors").findValuesAsString("field")).contains("nomination.recipient.type",
        "nomination.form", "nomination.achievement.citation");
    Response unknownMember = send(baclieu, "POST", nominations, nomination(
        "{\"type\":\"INDIVIDUAL\",\"person\":\"provinces/bac-lieu/persons/" + UUID.randomUUID() + "\"}"));
    assertThat(unknownMember.status).isEqualTo(400);
    assertThat(unknownMember.body.get("errors").findValuesAsString("field")).contains("nomination.recipient.person");

    Response created = send(baclieu, "POST", nominations, nomination(
        "{\"type\":\"COLLECTIVE\",\"displayName\":\"Công an xã Vĩnh Hậu A\"}"));
    assertThat(created.status).isEqualTo(200);
    String name = created.body.get("name").asString();
    assertThat(decide(name, "9001/QĐ-UBND").status).as("a decision before the review").isIn(409, 422);
    assertThat(send(baclieu, "POST", "/api/v1/" + name + ":review", "{\"approve\":true}").status)
        .as("an officer cannot review").isEqualTo(403);
    assertThat(send(baclieuAdmin, "POST", "/api/v1/" + name + ":review", "{\"approve\":true}").status).isEqualTo(200);
    Response noNumber = decide(name, "");
    assertThat(noNumber.status).isEqualTo(400);
    assertThat(noNumber.body.get("errors").findValuesAsString("field")).containsExactly("decision.number");
    String number = "E2E-" + UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    assertThat(decide(name, number).status).isEqualTo(200);

    Response other = send(baclieu, "POST", nominations, nomination(
        "{\"type\":\"COLLECTIVE\",\"displayName\":\"Công an xã Vĩnh Hậu B\"}"));
    send(baclieuAdmin, "POST", "/api/v1/" + other.body.get("name").asString() + ":review", "{\"approve\":true}");
    Response duplicate = decide(other.body.get("name").asString(), number);
    assertThat(duplicate.status).isEqualTo(409);
    assertThat(duplicate.body.get("errors").findValuesAsString("field")).contains("decision.number");
  }

  @Test
  void caMauCannotReadBacLieuAwards() {
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/awardNominations").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/awardSummary").status).isEqualTo(403);
    assertThat(download(camau, "/api/v1/provinces/bac-lieu/awardSummary:export?format=CSV").status).isEqualTo(403);
  }

  @Test
  void theMinistrySeesPerProvinceTotalsAndTimeliness() {
    Response national = get(platform.token("ministry-reports"), "/api/v1/national/awards?" + YEAR_2023);
    assertThat(national.status).isEqualTo(200);
    JsonNode baclieuLine = national.body.get("provinces").valueStream()
        .filter(p -> p.get("province").asString().equals("bac-lieu")).findFirst().orElseThrow();
    assertThat(baclieuLine.get("collectives").asInt()).isEqualTo(34);
    assertThat(baclieuLine.get("individuals").asInt()).isEqualTo(108);
    assertThat(baclieuLine.get("medianDays").asDouble()).isPositive();
    assertThat(get(baclieu, "/api/v1/national/awards").status).isEqualTo(403);
  }

  private static Response decide(String nomination, String number) {
    return send(baclieuAdmin, "POST", "/api/v1/provinces/bac-lieu/awardDecisions", """
        {"number":"%s","decisionDate":{"year":2024,"month":3,"day":1},"signer":"Chủ tịch UBND tỉnh",
         "issuingLevel":"PROVINCIAL_COMMITTEE","nominations":["%s"]}""".formatted(number, nomination));
  }

  private static String nomination(String recipient) {
    return """
        {"recipient":%s,"form":"BANG_KHEN","issuingLevel":"PROVINCIAL_COMMITTEE",
         "achievement":{"periodStart":{"year":2023,"month":1,"day":1},"periodEnd":{"year":2023,"month":12,"day":31},
                        "citation":"Có thành tích xuất sắc năm 2023"}}""".formatted(recipient);
  }

  record Response(int status, String contentType, JsonNode body) {}

  record Download(int status, String contentType, byte[] body) {}

  private static Response get(String token, String path) {
    return send(token, "GET", path, null);
  }

  private static Response send(String token, String method, String path, String body) {
    Download raw = exchange(token, method, path, body);
    String text = new String(raw.body, StandardCharsets.UTF_8);
    return new Response(raw.status, raw.contentType, text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
  }

  private static Download download(String token, String path) {
    return exchange(token, "GET", path, null);
  }

  private static Download exchange(String token, String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(platform.gateway + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30))
        .build();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.antq.launcher.seed.Bearer;
import vn.antq.welfare.v1.GetWelfareItemRequest;
import vn.antq.welfare.v1.WelfareItemsGrpc;

/**
 * The welfare ledger end to end, through the gateway's REST API with tokens from identity, on the
 * platform README command 1 starts. Data created here lies in Cà Mau or outside Bạc Liêu's seeded
 * period (2019-01-01 to 2023-11-29), whose figures are asserted.
 */
class WelfareIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SEEDED_PERIOD = "startDate.year=2019&startDate.month=1&startDate.day=1"
      + "&endDate.year=2023&endDate.month=11&endDate.day=29";

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
  void demoDataReproducesTheBacLieuWelfareFigures() {
    Response response = get(baclieu, "/api/v1/provinces/bac-lieu/welfareSummary?" + SEEDED_PERIOD);
    assertThat(response.status).isEqualTo(200);
    Map<String, JsonNode> kinds = new HashMap<>();
    response.body.get("kinds").forEach(kind -> kinds.put(kind.get("kind").asString(), kind));

    assertThat(quantity(kinds, "CHARITY_HOUSE")).isEqualTo(156);
    assertThat(quantity(kinds, "RURAL_BRIDGE")).isEqualTo(13);
    assertThat(quantity(kinds, "GIFT_PACKAGE")).isGreaterThanOrEqualTo(12_500);
    assertThat(quantity(kinds, "NOTEBOOKS")).isEqualTo(21_000);
    assertThat(kinds.get("NOTEBOOKS").get("unit").asString()).isEqualTo("BOOK");
    assertThat(quantity(kinds, "SCHOLARSHIP")).isEqualTo(158);
    assertThat(quantity(kinds, "HEALTH_INSURANCE_CARD")).isEqualTo(465);
    assertThat(quantity(kinds, "RICE")).as("kilograms").isGreaterThanOrEqualTo(60_000);
    assertThat(kinds.get("RICE").get("unit").asString()).isEqualTo("KILOGRAM");
    JsonNode total = response.body.get("totalValue");
    assertThat(total.isString()).as("proto3 JSON writes int64 as a string").isTrue();
    assertThat(Long.parseLong(total.asString())).isGreaterThanOrEqualTo(22_000_000_000L);
    assertThat(response.body.get("sponsors").get(0).get("displayName").asString())
        .as("the largest sponsor of the period").isEqualTo("Cán bộ, chiến sĩ Công an tỉnh Bạc Liêu");
  }

  @Test
  void seededGiftsLinkToRecognisedModelsOfTheRegistry() {
    JsonNode gifts = get(baclieu, "/api/v1/provinces/bac-lieu/welfareItems?kind=GIFT_PACKAGE&pageSize=500").body;
    List<String> models = gifts.get("welfareItems").findValuesAsString("model").stream()
        .filter(model -> !model.isEmpty()).toList();
    assertThat(models).hasSize(2).allMatch(model -> model.startsWith("provinces/bac-lieu/models/"));
    assertThat(models.stream().map(model -> get(baclieu, "/api/v1/" + model).body.get("displayName").asString()))
        .containsExactlyInAnyOrder("Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer",
            "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm");
  }

  @Test
  void caMauCannotReadListOrUpdateBacLieuWelfareData() {
    String item = get(baclieu, "/api/v1/provinces/bac-lieu/welfareItems?pageSize=1").body
        .get("welfareItems").get(0).get("name").asString();
    String beneficiary = get(baclieu, "/api/v1/provinces/bac-lieu/beneficiaries?pageSize=1").body
        .get("beneficiaries").get(0).get("name").asString();

    assertThat(get(camau, "/api/v1/" + item).status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/welfareItems").status).isEqualTo(403);
    assertThat(send(camau, "PATCH", "/api/v1/" + item + "?updateMask=value", "{\"value\":\"1\"}").status).isEqualTo(403);
    assertThat(send(camau, "POST", "/api/v1/provinces/bac-lieu/welfareItems", riceJson("500", "7500000")).status)
        .isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/welfareSummary").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/sponsors").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/" + beneficiary).status).isEqualTo(403);

    String guessed = item.replace("provinces/bac-lieu", "provinces/ca-mau");
    assertThat(get(camau, "/api/v1/" + guessed).status).isEqualTo(404);
    assertThat(send(camau, "PATCH", "/api/v1/" + guessed + "?updateMask=value", "{\"value\":\"1\"}").status)
        .isEqualTo(404);
    assertThat(get(camau, "/api/v1/provinces/ca-mau/welfareItems?pageSize=500").body.get("welfareItems")
        .findValuesAsString("name")).isNotEmpty().allMatch(name -> name.startsWith("provinces/ca-mau/"));

    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", platform.grpcPorts.get("welfare"))
        .usePlaintext().build();
    try {
      StatusRuntimeException denied = Assertions.assertThrows(StatusRuntimeException.class, () ->
          WelfareItemsGrpc.newBlockingStub(channel).withCallCredentials(new Bearer(camau))
              .getWelfareItem(GetWelfareItemRequest.newBuilder().setName(item).build()));
      assertThat(denied.getStatus().getCode()).as("the service's own lock, without the gateway")
          .isEqualTo(Status.Code.PERMISSION_DENIED);
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void badInputIsA400NamingTheFieldNeverA500() {
    String items = "/api/v1/provinces/ca-mau/welfareItems";
    assertField(send(camau, "POST", items, riceJson("500", "\"1000.5\"")), "welfareItem.value");
    assertField(send(camau, "POST", items, riceJson("500", "1000.5")), "welfareItem.value");
    assertField(send(camau, "POST", items, riceJson("0", "\"7500000\"")), "welfareItem.quantity");
    assertField(send(camau, "POST", items, riceJson("-40", "\"7500000\"")), "welfareItem.quantity");
    assertField(send(camau, "POST", items, riceJson("500", "\"7500000\"").replace("\"kind\"", "\"unit\":\"PIECE\",\"kind\"")),
        "welfareItem.unit");
    assertField(send(camau, "POST", items, riceJson("500", "\"7500000\"").replace("\"RICE\"", "\"PIRATE_GOLD\"")),
        "welfareItem.kind");

    Response handedOver = send(camau, "POST", items, riceJson("500", "\"7500000\"")
        .replace("}", ",\"status\":\"HANDED_OVER\",\"handoverDate\":{\"year\":2020,\"month\":3,\"day\":9}}"));
    assertThat(handedOver.status).isEqualTo(200);
    Response backwards = send(camau, "PATCH", "/api/v1/" + handedOver.body.get("name").asString()
        + "?updateMask=status,handoverDate", "{\"status\":\"PLANNED\"}");
    assertThat(backwards.status).as("a status moving back").isEqualTo(422);
    assertThat(backwards.contentType).startsWith("application/problem+json");
  }

  @Test
  void theSameItemSubmittedTwiceCountsOnce() {
    int day = ThreadLocalRandom.current().nextInt(1, 28);
    String item = riceJson("1250", "\"18750000\"").replace("}",
        ",\"status\":\"HANDED_OVER\",\"handoverDate\":{\"year\":2021,\"month\":4,\"day\":" + day + "}}");
    String path = "/api/v1/provinces/ca-mau/welfareItems?requestId=e2e-" + UUID.randomUUID();

    Response first = send(camau, "POST", path, item);
    Response retry = send(camau, "POST", path, item);
    assertThat(first.status).isEqualTo(200);
    assertThat(retry.status).isEqualTo(200);
    assertThat(retry.body.get("name").asString()).isEqualTo(first.body.get("name").asString());
    assertThat(send(camau, "POST", path, item.replace("1250", "9999")).status).as("same request_id, other item")
        .isEqualTo(409);

    String period = "startDate.year=2021&startDate.month=4&startDate.day=" + day
        + "&endDate.year=2021&endDate.month=4&endDate.day=" + day;
    JsonNode rice = get(camau, "/api/v1/provinces/ca-mau/welfareSummary?" + period).body.get("kinds").get(0);
    assertThat(rice.get("itemCount").asInt()).isEqualTo(1);
    assertThat(Long.parseLong(rice.get("quantity").asString())).isEqualTo(1250);
  }

  @Test
  void modelLinksAreCheckedWithTheRealRegistry() {
    String camauModel = get(camau, "/api/v1/provinces/ca-mau/models?pageSize=1").body.get("models").get(0)
        .get("name").asString();
    String baclieuModel = get(baclieu, "/api/v1/provinces/bac-lieu/models?pageSize=1").body.get("models").get(0)
        .get("name").asString();
    String items = "/api/v1/provinces/ca-mau/welfareItems";

    Response linked = send(camau, "POST", items, withModel(camauModel));
    assertThat(linked.status).isEqualTo(200);
    assertThat(linked.body.get("model").asString()).isEqualTo(camauModel);
    assertField(send(camau, "POST", items, withModel(baclieuModel)), "welfareItem.model");
    assertField(send(camau, "POST", items, withModel("provinces/ca-mau/models/" + UUID.randomUUID())),
        "welfareItem.model");
  }

  @Test
  void beneficiariesAreMaskedAndOnlyAnAdministratorWithAPurposeSeesThemWhichIsRecorded() {
    String nationalId = String.format("0941%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    Response created = send(baclieu, "POST", "/api/v1/provinces/bac-lieu/beneficiaries", """
        {"type":"HOUSEHOLD","fullName":"Trương Thị Ngọc Ánh","nationalId":"%s","phone":"0939 456 123",
         "address":"Ấp Xóm Lớn","commune":"Xã Vĩnh Trạch Đông","district":"Thành phố Bạc Liêu",
         "circumstances":"Hộ nghèo, nhà tạm"}""".formatted(nationalId));
    assertThat(created.status).isEqualTo(200);
    String name = created.body.get("name").asString();
    assertThat(created.body.get("masked").asBoolean()).isTrue();
    assertThat(created.body.get("fullName").asString()).isEqualTo("T. T. N. Á.");
    assertThat(get(baclieu, "/api/v1/" + name).body.get("nationalId").asString()).isEqualTo("*********" + nationalId.substring(9));
    assertThat(get(baclieu, "/api/v1/provinces/bac-lieu/beneficiaries?pageSize=500").body.get("beneficiaries")
        .findValuesAsString("address")).containsOnly("***", "");

    String purpose = "{\"purpose\":\"Xác minh hồ sơ đề nghị hỗ trợ nhà tình thương\"}";
    assertThat(send(baclieu, "POST", "/api/v1/" + name + ":reveal", purpose).status).isEqualTo(403);
    assertField(send(baclieuAdmin, "POST", "/api/v1/" + name + ":reveal", "{\"purpose\":\"\"}"), "purpose");
    Response revealed = send(baclieuAdmin, "POST", "/api/v1/" + name + ":reveal", purpose);
    assertThat(revealed.status).isEqualTo(200);
    assertThat(revealed.body.get("fullName").asString()).isEqualTo("Trương Thị Ngọc Ánh");
    assertThat(revealed.body.get("nationalId").asString()).isEqualTo(nationalId);

    assertThat(get(baclieu, "/api/v1/" + name + "/disclosures").status).isEqualTo(403);
    JsonNode disclosures = get(baclieuAdmin, "/api/v1/" + name + "/disclosures").body;
    assertThat(disclosures.get("totalSize").asInt()).as("refused reads are not disclosures").isEqualTo(1);
    JsonNode disclosure = disclosures.get("disclosures").get(0);
    assertThat(disclosure.get("subject").asString()).isEqualTo("bac-lieu-admin-sync");
    assertThat(disclosure.get("purpose").asString()).isEqualTo("Xác minh hồ sơ đề nghị hỗ trợ nhà tình thương");
    assertThat(disclosure.get("discloseTime").asString()).isNotBlank();
  }

  private static String withModel(String model) {
    return riceJson("300", "\"4500000\"").replace("}", ",\"model\":\"" + model + "\"}");
  }

  private static String riceJson(String quantity, String value) {
    return "{\"kind\":\"RICE\",\"displayName\":\"Tặng gạo hộ khó khăn xã Tam Giang\",\"quantity\":" + quantity
        + ",\"value\":" + value + ",\"commune\":\"Xã Tam Giang\",\"district\":\"Huyện Năm Căn\"}";
  }

  private static long quantity(Map<String, JsonNode> kinds, String kind) {
    assertThat(kinds).containsKey(kind);
    return Long.parseLong(kinds.get(kind).get("quantity").asString());
  }

  private static void assertField(Response response, String field) {
    assertThat(response.status).as(response.body.toString()).isEqualTo(400);
    assertThat(response.contentType).startsWith("application/problem+json");
    assertThat(response.body.get("errors").findValuesAsString("field")).contains(field);
  }

  record Response(int status, String contentType, JsonNode body) {}

  private static Response get(String token, String path) {
    return send(token, "GET", path, null);
  }

  private static Response send(String token, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gateway + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token);
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

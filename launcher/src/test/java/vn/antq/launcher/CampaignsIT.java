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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.antq.campaigns.v1.ActivitiesGrpc;
import vn.antq.campaigns.v1.GetCampaignRequest;
import vn.antq.campaigns.v1.ListCampaignsRequest;
import vn.antq.launcher.seed.Bearer;

/**
 * The campaigns service end to end, through the gateway's REST API of the platform README command 1
 * starts, with tokens from identity and the real registry behind linked models. Bạc Liêu 2023 is
 * only read here (its figures are asserted); writes go to 2026 periods.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

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
  @Order(1)
  void theSummaryOf2023ReproducesTheBacLieuReport() {
    Response response = get(baclieu, "/api/v1/provinces/bac-lieu/periods/2023/summary");
    assertThat(response.status).isEqualTo(200);
    JsonNode province = response.body.get("province");
    assertThat(province.get("launches").asInt()).isEqualTo(1406);
    assertThat(province.get("attendees").asLong()).isEqualTo(131_274);
    assertThat(province.get("leaflets").asLong()).isEqualTo(155_853);
    assertThat(province.get("propagandaRounds").asLong()).isEqualTo(21_074);
    assertThat(province.get("tipsReceived").asLong()).isEqualTo(1994);
    assertThat(province.get("tipsFromDignitaries").asLong()).isGreaterThanOrEqualTo(400);
    assertThat(province.get("surrendered").asLong()).isEqualTo(2278);
    assertThat(province.get("disputesMediated").asLong()).isEqualTo(384);
    assertThat(province.get("patrols").asInt()).isEqualTo(731);
    assertThat(province.get("forums").asInt()).isEqualTo(64);
    assertThat(province.get("forumAttendees").asLong()).isGreaterThanOrEqualTo(3200);
    assertThat(province.get("opinions").asInt()).isEqualTo(370);
    assertThat(province.get("trainingClasses").asInt()).isEqualTo(136);
    assertThat(province.get("trainingByAudience").findValuesAsString("audience")).containsExactly(
        "NEIGHBOURHOOD_GUARDS_AND_CIVIL_DEFENCE", "SITE_PROTECTION_AND_MASS_ORGANISATIONS", "FIRE_PREVENTION_AND_RESCUE");
    assertThat(province.get("trainingByAudience").findValues("classes")).extracting(JsonNode::asInt)
        .containsExactly(3, 5, 128);

    JsonNode districts = response.body.get("districts");
    assertThat(districts.size()).isEqualTo(7);
    int launches = 0;
    long attendees = 0;
    for (JsonNode district : districts) {
      launches += district.get("totals").get("launches").asInt();
      attendees += district.get("totals").get("attendees").asLong();
    }
    assertThat(launches).as("the districts add up to the province").isEqualTo(1406);
    assertThat(attendees).isEqualTo(131_274);
    assertThat(response.body.get("period").get("state").asString()).isEqualTo("APPROVED");
    assertThat(get(baclieu, "/api/v1/provinces/bac-lieu/periods/2023-07").body.get("state").asString())
        .as("a month of the approved year").isEqualTo("LOCKED");
  }

  @Test
  @Order(2)
  void caMauCannotReadListOrChangeBacLieuData() {
    String launch = get(baclieu, "/api/v1/provinces/bac-lieu/campaigns?pageSize=1&period=2023-03").body
        .get("campaigns").get(0).get("name").asString();
    assertThat(get(camau, "/api/v1/" + launch).status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/campaigns").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/forums").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/periods/2023/summary").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/periods/2023-03/results").status).isEqualTo(403);
    assertThat(send(camau, "PATCH", "/api/v1/" + launch + "?updateMask=attendees", "{\"attendees\":1}").status)
        .isEqualTo(403);
    assertThat(send(camau, "PUT", "/api/v1/provinces/bac-lieu/periods/2026-01/results/ca-x",
        results("Huyện Đông Hải", 1)).status).isEqualTo(403);
    String guessed = launch.replace("provinces/bac-lieu", "provinces/ca-mau");
    assertThat(get(camau, "/api/v1/" + guessed).status).isEqualTo(404);
    assertThat(send(camau, "PATCH", "/api/v1/" + guessed + "?updateMask=attendees", "{\"attendees\":1}").status)
        .isEqualTo(404);
    assertThat(get(camau, "/api/v1/provinces/ca-mau/periods/2023/summary").body.get("province").get("launches")
        .asInt()).as("Cà Mau's own figures").isEqualTo(96);

    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", platform.grpcPorts.get("campaigns"))
        .usePlaintext().build();
    try {
      var asCamau = ActivitiesGrpc.newBlockingStub(channel).withCallCredentials(new Bearer(camau));
      StatusRuntimeException denied = Assertions.assertThrows(StatusRuntimeException.class,
          () -> asCamau.getCampaign(GetCampaignRequest.newBuilder().setName(launch).build()));
      assertThat(denied.getStatus().getCode()).as("without the gateway too").isEqualTo(Status.Code.PERMISSION_DENIED);
      assertThat(asCamau.listCampaigns(ListCampaignsRequest.newBuilder().setParent("provinces/ca-mau")
          .setPageSize(500).build()).getCampaignsList()).allMatch(c -> c.getName().startsWith("provinces/ca-mau/"));
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  @Order(3)
  void anApprovedPeriodIsLockedUntilAnAdministratorReopensItWithAReason() {
    String period = "/api/v1/provinces/bac-lieu/periods/2026-03";
    assertThat(send(baclieu, "PUT", period + "/results/ca-e2e-lock", results("Huyện Đông Hải", 4)).status)
        .isEqualTo(200);

    assertThat(post(baclieu, period + ":approve", "{}").status).as("an officer may not approve").isEqualTo(403);
    Response approved = post(baclieuAdmin, period + ":approve", "{}");
    assertThat(approved.status).isEqualTo(200);
    assertThat(approved.body.get("state").asString()).isEqualTo("APPROVED");

    Response locked = send(baclieu, "PUT", period + "/results/ca-e2e-lock", results("Huyện Đông Hải", 5));
    assertThat(locked.status).isEqualTo(422);
    assertThat(locked.contentType).startsWith("application/problem+json");
    assertThat(post(baclieu, "/api/v1/provinces/bac-lieu/campaigns", launch("2026-03-15", 10)).status).isEqualTo(422);
    assertThat(post(baclieu, period + ":reopen", "{\"reason\":\"bổ sung\"}").status).isEqualTo(403);
    Response noReason = post(baclieuAdmin, period + ":reopen", "{}");
    assertThat(noReason.status).isEqualTo(400);
    assertThat(noReason.body.get("errors").findValuesAsString("field")).containsExactly("reason");

    String reason = "Công an huyện Đông Hải bổ sung nguồn tin tháng 3";
    Response reopened = post(baclieuAdmin, period + ":reopen",
        "{\"reason\":\"" + Normalizer.normalize(reason, Normalizer.Form.NFD) + "\"}");
    assertThat(reopened.status).isEqualTo(200);
    assertThat(reopened.body.get("state").asString()).isEqualTo("OPEN");
    JsonNode history = reopened.body.get("history");
    assertThat(history.findValuesAsString("action")).containsExactly("APPROVE", "REOPEN");
    assertThat(history.get(1).get("reason").asString()).isEqualTo(reason);
    assertThat(history.get(1).get("actor").asString()).isEqualTo("bac-lieu-admin-sync");
    assertThat(send(baclieu, "PUT", period + "/results/ca-e2e-lock", results("Huyện Đông Hải", 5)).body
        .get("tipsReceived").asInt()).isEqualTo(5);
  }

  @Test
  @Order(4)
  void createsAreIdempotentAndLinkRegistryModelsOfTheProvince() {
    String model = get(baclieu, "/api/v1/provinces/bac-lieu/models?pageSize=1").body.get("models").get(0)
        .get("name").asString();
    String requestId = UUID.randomUUID().toString();
    String title = "Ra mắt mô hình Tổ ngư dân tự quản ấp Gò Cát";
    String body = launch("2026-06-10", 75).replace("\"title\":\"Phát động\"",
        "\"title\":\"" + Normalizer.normalize(title, Normalizer.Form.NFD) + "\",\"models\":[\"" + model + "\"]");

    Response first = post(baclieu, "/api/v1/provinces/bac-lieu/campaigns?requestId=" + requestId, body);
    assertThat(first.status).isEqualTo(200);
    assertThat(first.body.get("title").asString()).isEqualTo(title);
    assertThat(first.body.get("models").get(0).asString()).isEqualTo(model);
    Response retried = post(baclieu, "/api/v1/provinces/bac-lieu/campaigns?requestId=" + requestId, body);
    assertThat(retried.body.get("name").asString()).isEqualTo(first.body.get("name").asString());
    assertThat(campaigns("2026-06")).isEqualTo(1);

    String batch = "{\"requests\":[{\"requestId\":\"" + requestId + "-a\",\"campaign\":" + launch("2026-06-11", 20)
        + "},{\"requestId\":\"" + requestId + "-b\",\"campaign\":" + launch("2026-06-12", 30) + "}]}";
    Response created = post(baclieu, "/api/v1/provinces/bac-lieu/campaigns:batchCreate", batch);
    assertThat(created.status).isEqualTo(200);
    assertThat(created.body.get("campaigns").findValues("attendees")).extracting(JsonNode::asInt).containsExactly(20, 30);
    assertThat(post(baclieu, "/api/v1/provinces/bac-lieu/campaigns:batchCreate", batch).body.get("campaigns")
        .findValuesAsString("name")).isEqualTo(created.body.get("campaigns").findValuesAsString("name"));
    assertThat(campaigns("2026-06")).isEqualTo(3);
  }

  @Test
  @Order(5)
  void badInputIsA400NamingTheFieldAndStoresNothing() {
    String camauModel = get(camau, "/api/v1/provinces/ca-mau/models?pageSize=1").body.get("models").get(0)
        .get("name").asString();
    String path = "/api/v1/provinces/bac-lieu/campaigns";
    int before = campaigns("2026-07");

    assertThat(fields(post(baclieu, path, launch("2026-07-01", -5)))).containsExactly("campaign.attendees");
    assertThat(fields(post(baclieu, path, launch("2026-07-02", 5).replace("\"endDate\":{\"year\":2026,\"month\":7,\"day\":2}",
        "\"endDate\":{\"year\":2026,\"month\":6,\"day\":30}")))).containsExactly("campaign.endDate");
    Response unknownChannel = post(baclieu, path, launch("2026-07-03", 5).replace("MOBILE_LOUDSPEAKER", "PIRATE_RADIO"));
    assertThat(unknownChannel.status).as("an unknown channel").isEqualTo(400);
    assertThat(unknownChannel.contentType).startsWith("application/problem+json");
    assertThat(fields(post(baclieu, path, launch("2026-07-04", 5).replace("\"level\"",
        "\"models\":[\"" + camauModel + "\"],\"level\"")))).containsExactly("campaign.models[0]");
    assertThat(fields(post(baclieu, path, launch("2026-07-05", 5).replace("\"level\"",
        "\"models\":[\"provinces/bac-lieu/models/" + UUID.randomUUID() + "\"],\"level\"")))).containsExactly("campaign.models[0]");
    assertThat(campaigns("2026-07")).as("nothing stored").isEqualTo(before);

    assertThat(fields(get(baclieu, "/api/v1/provinces/bac-lieu/periods/2026-13"))).containsExactly("name");
    assertThat(fields(get(baclieu, "/api/v1/provinces/bac-lieu/periods/2099/summary"))).containsExactly("name");
    assertThat(fields(send(baclieu, "PUT", "/api/v1/provinces/bac-lieu/periods/2026-13/results/ca-e2e",
        results("Huyện Đông Hải", 1)))).containsExactly("unitResults.name");
    assertThat(fields(send(baclieu, "PUT", "/api/v1/provinces/bac-lieu/periods/2026-08/results/ca-e2e",
        results("Huyện Đông Hải", -1)))).containsExactly("unitResults.tipsReceived");
    Response locked = send(baclieu, "PUT", "/api/v1/provinces/bac-lieu/periods/2023-05/results/ca-dong-hai",
        results("Huyện Đông Hải", 1));
    assertThat(locked.status).as("2023 is approved by the demo data").isEqualTo(422);
  }

  private static int campaigns(String period) {
    return get(baclieu, "/api/v1/provinces/bac-lieu/campaigns?period=" + period).body.get("totalSize").asInt();
  }

  /** A launch in Đông Hải on an ISO date, as JSON. */
  private static String launch(String day, int attendees) {
    String[] ymd = day.split("-");
    String date = String.format("{\"year\":%d,\"month\":%d,\"day\":%d}", Integer.parseInt(ymd[0]),
        Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
    return "{\"title\":\"Phát động\",\"level\":\"COMMUNE\",\"place\":{\"district\":\"Huyện Đông Hải\","
        + "\"commune\":\"Xã Long Điền\"},\"startDate\":" + date + ",\"endDate\":" + date
        + ",\"organizer\":\"Công an xã Long Điền\",\"attendees\":" + attendees + ",\"leaflets\":10,"
        + "\"propaganda\":[{\"channel\":\"MOBILE_LOUDSPEAKER\",\"rounds\":2}]}";
  }

  private static String results(String district, int tips) {
    return "{\"unitDisplayName\":\"Công an huyện Đông Hải\",\"district\":\"" + district + "\",\"tipsReceived\":" + tips
        + ",\"disputesMediated\":1}";
  }

  /** The fields a 400 problem names. */
  private static List<String> fields(Response response) {
    assertThat(response.status).as(response.body.toString()).isEqualTo(400);
    assertThat(response.contentType).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    response.body.path("errors").forEach(error -> fields.add(error.get("field").asString()));
    return fields;
  }

  record Response(int status, String contentType, JsonNode body) {}

  private static Response get(String token, String path) {
    return send(token, "GET", path, null);
  }

  private static Response post(String token, String path, String body) {
    return send(token, "POST", path, body);
  }

  private static Response send(String token, String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(platform.gateway + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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

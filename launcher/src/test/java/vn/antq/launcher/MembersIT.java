package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.antq.launcher.seed.Bearer;
import vn.antq.launcher.seed.DemoRoster;
import vn.antq.launcher.seed.RegistryGroups;
import vn.antq.members.v1.CountMembersRequest;
import vn.antq.members.v1.GetPersonRequest;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * Members end to end, through the gateway's REST API of the platform README command 1 starts, with
 * tokens from identity. Bạc Liêu's data is only read (its figures are asserted elsewhere); imports
 * that write go to Cà Mau.
 */
class MembersIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern MASKED = Pattern.compile("\\d{4}\\*{6}\\d{2}");
  private static final String PURPOSE = "Xác minh hồ sơ đề nghị khen thưởng";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static RunningPlatform platform;
  private static String baclieu;
  private static String camau;
  private static String baclieuAdmin;

  @BeforeAll
  static void platformWithDemoData() {
    platform = RunningPlatform.shared();
    baclieu = platform.token("bac-lieu-sync");
    camau = platform.token("ca-mau-sync");
    baclieuAdmin = platform.token("bac-lieu-admin-sync");
  }

  @Test
  void theDemoMembershipsAreRealTheRegistryCountsAgreeAndNamesAreFoundWithoutDiacritics() {
    JsonNode members = get(baclieu, "/api/v1/provinces/bac-lieu/memberCounts").body;
    JsonNode registry = get(baclieu, "/api/v1/provinces/bac-lieu/counts").body;
    assertThat(members.get("activeMemberships").asLong()).isEqualTo(registry.get("members").asLong()).isEqualTo(21986);
    Map<String, Long> perGroup = new HashMap<>();
    members.get("groups").forEach(g -> perGroup.put(g.get("groupId").asString(), g.get("activeMembers").asLong()));
    assertThat(perGroup).hasSize(1522);
    String model = get(baclieu, "/api/v1/provinces/bac-lieu/models?text=BL-NGUDAN").body.get("models").get(0)
        .get("name").asString();
    String point = get(baclieu, "/api/v1/" + model + "/points").body.get("replicationPoints").get(0).get("name").asString();
    get(baclieu, "/api/v1/" + point + "/groups").body.get("groups").forEach(group -> {
      String name = group.get("name").asString();
      assertThat(group.get("memberCount").asLong()).as(name)
          .isEqualTo(perGroup.get(name.substring(name.lastIndexOf('/') + 1)));
    });

    JsonNode found = get(baclieu, "/api/v1/provinces/bac-lieu/persons?text=" + url("nguyen van an") + "&pageSize=50").body;
    assertThat(found.get("totalSize").asInt()).isPositive();
    found.get("persons").forEach(person -> {
      assertThat(fold(person.get("fullName").asString())).contains("nguyen van an");
      assertThat(person.get("nationalId").asString()).matches(MASKED);
      assertThat(person.has("sensitive")).isFalse();
    });
    assertThat(found.get("persons").get(0).get("fullName").asString()).startsWith("Nguyễn Văn An");
  }

  @Test
  void sensitiveDataNeedsAPurposeTheNationalIdARoleAndEveryLookIsRecorded() {
    String person = anyPerson();
    Response noPurpose = get(baclieu, "/api/v1/" + person + "?view=SENSITIVE");
    assertThat(noPurpose.status).isEqualTo(400);
    assertThat(noPurpose.body.get("errors").findValuesAsString("field")).containsExactly("purpose");
    assertThat(get(baclieu, "/api/v1/" + person + "?view=FULL&purpose=" + url(PURPOSE)).status).isEqualTo(403);

    JsonNode sensitive = get(baclieu, "/api/v1/" + person + "?view=SENSITIVE&purpose=" + url(PURPOSE)).body;
    assertThat(sensitive.get("sensitive").get("ethnicity").asString()).isNotEmpty();
    assertThat(sensitive.get("nationalId").asString()).matches(MASKED);
    JsonNode full = get(baclieuAdmin, "/api/v1/" + person + "?view=FULL&purpose=" + url(PURPOSE)).body;
    assertThat(full.get("nationalId").asString()).matches("095\\d{9}");

    JsonNode records = get(baclieuAdmin, "/api/v1/provinces/bac-lieu/accessRecords?person=" + url(person)).body;
    assertThat(records.get("records").findValuesAsString("view")).contains("SENSITIVE", "FULL");
    assertThat(records.get("records").findValuesAsString("purpose")).containsOnly(PURPOSE);
    assertThat(get(baclieu, "/api/v1/provinces/bac-lieu/accessRecords").status).isEqualTo(403);
  }

  @Test
  void noProvinceCanSeeSearchImportIntoOrCountAnothersMembers() {
    String person = anyPerson();
    assertThat(get(camau, "/api/v1/" + person).status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/persons?text=nguyen").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/memberCounts").status).isEqualTo(403);
    assertThat(send(camau, "POST", "/api/v1/provinces/bac-lieu/imports",
        "{\"content\":\"" + base64("Họ và tên\r\n") + "\",\"dryRun\":true}").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/" + person.replace("provinces/bac-lieu", "provinces/ca-mau")).status).isEqualTo(404);
    JsonNode own = get(camau, "/api/v1/provinces/ca-mau/persons?text=nguyen&pageSize=500").body;
    assertThat(own.get("persons").findValuesAsString("name")).allMatch(name -> name.startsWith("provinces/ca-mau/"));

    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", platform.grpcPorts.get("members"))
        .usePlaintext().build();
    try {
      var direct = MembersGrpc.newBlockingStub(channel).withCallCredentials(new Bearer(camau));
      StatusRuntimeException denied = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class,
          () -> direct.getPerson(GetPersonRequest.newBuilder().setName(person).build()));
      assertThat(denied.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
      assertThat(org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class, () -> direct.countMembers(
          CountMembersRequest.newBuilder().setParent("provinces/bac-lieu").build())).getStatus().getCode())
          .isEqualTo(Status.Code.PERMISSION_DENIED);
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void aDryRunReportsBadRowsAndBadFilesAreClearProblemsNeverServerErrors() throws Exception {
    String group = anyGroupId();
    String csv = String.join("\r\n",
        "Họ và tên,Ngày sinh,Giới tính,Số CCCD,Xã/Phường,Quận/Huyện,Mã mô hình,Mã tổ",
        "Nguyễn Văn Hải,01/04/1970,Nam,095070999991,Xã Vĩnh Hậu,Huyện Hòa Bình,BL-NGUDAN," + group,
        "Trần Thị Lan,31/02/1980,Nữ,095180999992,Xã Vĩnh Hậu,Huyện Hòa Bình,BL-NGUDAN," + group,
        "Lê Văn Tư,01/01/1975,Nam,9517599999,Xã Vĩnh Hậu,Huyện Hòa Bình,BL-NGUDAN," + group,
        "Phạm Văn Năm,01/01/1975,Nam,095075999993,Xã Vĩnh Hậu,Huyện Hòa Bình,BL-NGUDAN,"
            + java.util.UUID.randomUUID(), "");
    JsonNode report = runImport(baclieu, "bac-lieu", csv.getBytes(StandardCharsets.UTF_8), true);

    assertThat(report.get("state").asString()).isEqualTo("FAILED");
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    assertThat(report.get("errors").findValuesAsString("column")).containsExactlyInAnyOrder("Ngày sinh", "Số CCCD", "Mã tổ");
    assertThat(report.get("errors").findValues("line")).extracting(JsonNode::asInt).containsExactly(3, 4, 5);
    assertThat(get(baclieu, "/api/v1/provinces/bac-lieu/counts").body.get("members").asLong()).isEqualTo(21986);

    Response empty = send(baclieu, "POST", "/api/v1/provinces/bac-lieu/imports", "{\"content\":\"\",\"dryRun\":true}");
    assertThat(empty.status).isEqualTo(400);
    assertThat(empty.contentType).startsWith("application/problem+json");
    assertThat(empty.body.get("errors").get(0).get("field").asString()).isEqualTo("content");
    assertThat(empty.body.get("errors").get(0).get("message").asString()).contains("empty");

    byte[] garbage = new byte[1024 * 1024];
    new Random(3).nextBytes(garbage);
    Response binary = send(baclieu, "POST", "/api/v1/provinces/bac-lieu/imports",
        "{\"content\":\"" + Base64.getEncoder().encodeToString(garbage) + "\",\"dryRun\":true}");
    assertThat(binary.status).isEqualTo(400);
    assertThat(binary.body.get("errors").get(0).get("message").asString()).contains("neither");

    byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
    new Random(5).nextBytes(fiftyMegabytes);
    // A client of its own: the gateway answers (and closes the connection) while this one still uploads.
    HttpResponse<String> tooLarge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.gateway
            + "/api/v1/provinces/bac-lieu/imports"))
        .header("Authorization", "Bearer " + baclieu).header("Content-Type", "application/json")
        .timeout(TIMEOUT)
        .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"" + Base64.getEncoder().encodeToString(fiftyMegabytes)
            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void anImportWritesEveryRowOnceAndTheRegistryCountsFollowThroughTheGateway() {
    List<RegistryGroups.Placed> groups;
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", platform.grpcPorts.get("registry"))
        .usePlaintext().build();
    try {
      groups = RegistryGroups.of(ModelRegistryGrpc.newBlockingStub(channel).withCallCredentials(new Bearer(camau)),
          "ca-mau").subList(0, 4);
    } finally {
      channel.shutdownNow();
    }
    List<DemoRoster.Slot> slots = groups.stream().map(g -> new DemoRoster.Slot(g.modelCode(), g.sector(), g.commune(),
        g.district(), g.groupId(), 5)).toList();
    // The demo groups have their leaders and deputies already: newcomers join as members.
    byte[] roster = new String(DemoRoster.generate("096", Map.of("Kinh", 90, "Khmer", 10), slots, 77, 900_000).csv(),
        StandardCharsets.UTF_8).replace(",Tổ trưởng,", ",Thành viên,").replace(",Tổ phó,", ",Thành viên,")
        .getBytes(StandardCharsets.UTF_8);
    long before = get(camau, "/api/v1/provinces/ca-mau/counts").body.get("members").asLong();

    JsonNode first = runImport(camau, "ca-mau", roster, false);
    assertThat(first.get("state").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
    assertThat(first.get("membershipsCreated").asInt()).isEqualTo(20);
    assertThat(first.get("rowsDone").asInt()).isEqualTo(first.get("rowsTotal").asInt()).isEqualTo(20);
    JsonNode again = runImport(camau, "ca-mau", roster, false);
    assertThat(again.get("state").asString()).isEqualTo("SUCCEEDED");
    assertThat(again.get("membershipsCreated").asInt()).isZero();
    assertThat(again.get("rowsUnchanged").asInt()).isEqualTo(20);

    long after = get(camau, "/api/v1/provinces/ca-mau/counts").body.get("members").asLong();
    assertThat(after).isEqualTo(before + 20);
    assertThat(get(camau, "/api/v1/provinces/ca-mau/memberCounts").body.get("activeMemberships").asLong())
        .isEqualTo(after);
  }

  private static JsonNode runImport(String token, String province, byte[] file, boolean dryRun) {
    Response started = send(token, "POST", "/api/v1/provinces/" + province + "/imports",
        "{\"fileName\":\"thanh-vien.csv\",\"dryRun\":" + dryRun + ",\"content\":\"" + Base64.getEncoder().encodeToString(file)
            + "\"}");
    assertThat(started.status).as(started.body.toString()).isEqualTo(200);
    String name = started.body.get("name").asString();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      JsonNode state = get(token, "/api/v1/" + name).body;
      if (List.of("SUCCEEDED", "FAILED").contains(state.get("state").asString())) {
        return state;
      }
      sleep(100);
    }
    throw new AssertionError("import " + name + " did not finish");
  }

  private static String anyPerson() {
    return get(baclieu, "/api/v1/provinces/bac-lieu/persons?pageSize=1").body.get("persons").get(0).get("name").asString();
  }

  private static String anyGroupId() {
    String model = get(baclieu, "/api/v1/provinces/bac-lieu/models?text=BL-NGUDAN").body.get("models").get(0)
        .get("name").asString();
    String point = get(baclieu, "/api/v1/" + model + "/points").body.get("replicationPoints").get(0).get("name").asString();
    String group = get(baclieu, "/api/v1/" + point + "/groups").body.get("groups").get(0).get("name").asString();
    return group.substring(group.lastIndexOf('/') + 1);
  }

  private static String fold(String text) {
    return vn.antq.core.VietnameseText.fold(text);
  }

  private static String url(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  record Response(int status, String contentType, JsonNode body) {}

  private static Response get(String token, String path) {
    return send(token, "GET", path, null);
  }

  private static Response send(String token, String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(platform.gateway + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).timeout(TIMEOUT).build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

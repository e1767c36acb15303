package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.antq.launcher.seed.Bearer;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * End to end through the platform README command 1 starts (see {@link RunningPlatform}); tokens come
 * from identity; everything goes through the gateway's REST API, as a province's system would call it.
 * Proves the demo figures, and that neither province can read, list, update or guess the other's data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static RunningPlatform platform;
  private static String gateway;
  private static String baclieu;
  private static String camau;
  private static String ministry;

  @BeforeAll
  static void platformWithDemoData() {
    platform = RunningPlatform.shared();
    gateway = platform.gateway;
    baclieu = platform.token("bac-lieu-sync");
    camau = platform.token("ca-mau-sync");
    ministry = platform.token("ministry-reports");
    System.out.printf("Platform with demo data ready in %d s; total RSS %.0f MiB%n", platform.startupSeconds,
        platform.rssMiB());
  }

  @Test
  @Order(1)
  void demoDataReproducesTheBacLieuFigures() {
    JsonNode counts = get(baclieu, "/api/v1/provinces/bac-lieu/counts").body;
    assertThat(counts.get("models").asInt()).isEqualTo(50);
    assertThat(counts.get("replicationPoints").asInt()).isEqualTo(263);
    assertThat(counts.get("groups").asInt()).isEqualTo(1522);
    assertThat(counts.get("members").asLong()).isEqualTo(21986);
    JsonNode recognised = get(baclieu, "/api/v1/provinces/bac-lieu/models?text=ngu%20dan%20tu%20quan&pageSize=5").body;
    assertThat(recognised.get("models").get(0).get("displayName").asString())
        .isEqualTo("Tổ ngư dân tự quản về ANTT trên biển");
  }

  @Test
  @Order(2)
  void eachProvinceCreatesAndListsOnlyItsOwnModels() {
    String code = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Response created = post(baclieu, "/api/v1/provinces/bac-lieu/models",
        "{\"code\":\"" + code + "\",\"displayName\":\"Câu lạc bộ nữ phòng chống tội phạm ấp Gò Cát\",\"sector\":\"WOMEN\"}");
    assertThat(created.status).isEqualTo(200);
    assertThat(created.body.get("displayName").asString()).isEqualTo("Câu lạc bộ nữ phòng chống tội phạm ấp Gò Cát");
    Response camauCreated = post(camau, "/api/v1/provinces/ca-mau/models",
        "{\"code\":\"" + code + "\",\"displayName\":\"Tổ tự quản rừng đước\",\"sector\":\"FOREST_AND_COAST\"}");
    assertThat(camauCreated.status).as("the same code is free in another province").isEqualTo(200);

    assertThat(names(get(baclieu, "/api/v1/provinces/bac-lieu/models?text=" + code).body))
        .containsExactly(created.body.get("name").asString());
    assertThat(names(get(camau, "/api/v1/provinces/ca-mau/models?text=" + code).body))
        .containsExactly(camauCreated.body.get("name").asString());
  }

  @Test
  @Order(3)
  void noProvinceCanReadListUpdateOrGuessAnothersData() throws Exception {
    String model = firstModel(baclieu, "bac-lieu");
    assertThat(get(camau, "/api/v1/" + model).status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/models").status).isEqualTo(403);
    assertThat(get(camau, "/api/v1/provinces/bac-lieu/counts").status).isEqualTo(403);
    assertThat(send(camau, "PATCH", "/api/v1/" + model + "?updateMask=status", "{\"status\":\"RETIRED\"}").status)
        .isEqualTo(403);
    String guessed = model.replace("provinces/bac-lieu", "provinces/ca-mau");
    assertThat(get(camau, "/api/v1/" + guessed).status).isEqualTo(404);
    assertThat(send(camau, "PATCH", "/api/v1/" + guessed + "?updateMask=status", "{\"status\":\"RETIRED\"}").status)
        .isEqualTo(404);
    assertThat(get(baclieu, "/api/v1/" + model).body.get("status").asString()).isEqualTo("ACTIVE");

    HttpResponse<String> spoofed = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/provinces/ca-mau/models?pageSize=500"))
        .header("Authorization", "Bearer " + camau).header("X-Antq-Province", "bac-lieu")
        .header("X-Province", "bac-lieu").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(spoofed.statusCode()).isEqualTo(200);
    assertThat(spoofed.body()).doesNotContain("provinces/bac-lieu");
  }

  @Test
  @Order(4)
  void forgedTamperedUnsignedAndMissingTokensAreRejected() throws JOSEException {
    String path = "/api/v1/provinces/bac-lieu/models";
    String[] parts = camau.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"ca-mau\"", "\"bac-lieu\"");
    String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "." + parts[1].replace("=", "") + ".";
    var stranger = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate();
    var forged = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256).build(),
        new com.nimbusds.jwt.JWTClaimsSet.Builder().subject("x").claim("province", "bac-lieu")
            .claim("roles", List.of("PROVINCE_ADMIN")).expirationTime(java.util.Date.from(Instant.now().plusSeconds(600))).build());
    forged.sign(new com.nimbusds.jose.crypto.RSASSASigner(stranger));
    for (String token : List.of(tampered, unsigned, forged.serialize(), "garbage")) {
      Response response = get(token, path);
      assertThat(response.status).isEqualTo(401);
      assertThat(response.contentType).startsWith("application/problem+json");
    }
    assertThat(get(null, path).status).isEqualTo(401);
  }

  @Test
  @Order(5)
  void badInputIsAProblemListingEveryField() {
    Response response = post(baclieu, "/api/v1/provinces/bac-lieu/models",
        "{\"code\":\"x\",\"displayName\":\"   \"}");
    assertThat(response.status).isEqualTo(400);
    assertThat(response.contentType).startsWith("application/problem+json");
    assertThat(response.body.get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("model.code", "model.displayName", "model.sector");
    Response unknownSector = post(baclieu, "/api/v1/provinces/bac-lieu/models",
        "{\"code\":\"OK-1\",\"displayName\":\"Tổ\",\"sector\":\"PIRATES\"}");
    assertThat(unknownSector.status).isEqualTo(400);
  }

  @Test
  @Order(6)
  void theMinistryReadsNationallyAndOnlyThere() {
    Response national = get(ministry, "/api/v1/national/counts");
    assertThat(national.status).isEqualTo(200);
    assertThat(national.body.get("provinces").findValuesAsString("province")).contains("bac-lieu", "ca-mau");
    assertThat(get(baclieu, "/api/v1/national/counts").status).isEqualTo(403);
    assertThat(get(ministry, "/api/v1/provinces/bac-lieu/models").status).isEqualTo(403);
  }

  @Test
  @Order(7)
  void theServiceRefusesAnotherProvinceEvenWithoutTheGateway() {
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", platform.grpcPorts.get("registry")).usePlaintext().build();
    try {
      var asCamau = ModelRegistryGrpc.newBlockingStub(channel).withCallCredentials(new Bearer(camau));
      String model = firstModel(baclieu, "bac-lieu");
      StatusRuntimeException denied = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class,
          () -> asCamau.getModel(GetModelRequest.newBuilder().setName(model).build()));
      assertThat(denied.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
      assertThat(asCamau.listModels(ListModelsRequest.newBuilder().setParent("provinces/ca-mau").setPageSize(500).build())
          .getModelsList()).allMatch(m -> m.getName().startsWith("provinces/ca-mau/"));
    } finally {
      channel.shutdownNow();
    }
  }

  private static String firstModel(String token, String province) {
    return get(token, "/api/v1/provinces/" + province + "/models?pageSize=1").body.get("models").get(0).get("name").asString();
  }

  private static List<String> names(JsonNode list) {
    return list.get("models").findValuesAsString("name");
  }

  record Response(int status, String contentType, JsonNode body) {}

  private static Response get(String token, String path) {
    return send(token, "GET", path, null);
  }

  private static Response post(String token, String path, String body) {
    return send(token, "POST", path, body);
  }

  private static Response send(String token, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

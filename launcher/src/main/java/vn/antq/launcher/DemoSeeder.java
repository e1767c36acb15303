package vn.antq.launcher;

import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.antq.registry.v1.CreateGroupRequest;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.CreateReplicationPointRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.ReplicationPoint;
import vn.antq.registry.v1.Sector;

/**
 * Loads the demo data the way a province's own system would: a machine client of that province
 * gets a token from identity and calls the public gRPC API. Every create carries a fixed
 * request_id, so seeding twice creates nothing twice.
 */
final class DemoSeeder {

  static final String DEMO_SECRET = "antq-demo-secret";
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final String identityUrl;
  private final int registryGrpcPort;

  DemoSeeder(String identityUrl, int registryGrpcPort) {
    this.identityUrl = identityUrl;
    this.registryGrpcPort = registryGrpcPort;
  }

  /** Returns the number of groups seeded. */
  int seed() {
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", registryGrpcPort).usePlaintext().build();
    int groups = 0;
    try {
      for (DemoData.Province province : DemoData.load()) {
        var registry = ModelRegistryGrpc.newBlockingStub(channel)
            .withCallCredentials(bearer(token(identityUrl, province.client(), DEMO_SECRET)));
        groups += seed(registry, province);
      }
    } finally {
      channel.shutdownNow();
    }
    return groups;
  }

  private static int seed(ModelRegistryGrpc.ModelRegistryBlockingStub registry, DemoData.Province province) {
    String prefix = "demo-" + province.slug() + "-";
    int groups = 0;
    for (DemoData.ModelSeed seed : province.models()) {
      Model model = registry.createModel(CreateModelRequest.newBuilder()
          .setParent("provinces/" + province.slug())
          .setRequestId(prefix + seed.code())
          .setModel(Model.newBuilder().setCode(seed.code()).setDisplayName(seed.name())
              .setSector(Sector.valueOf(seed.sector())).setStatus(ModelStatus.ACTIVE)
              .setDescription(seed.recognised()
                  ? "Được Bộ Công an công nhận và nhân rộng trên toàn quốc." : ""))
          .build());
      for (int p = 0; p < seed.points().size(); p++) {
        DemoData.PointSeed pointSeed = seed.points().get(p);
        ReplicationPoint point = registry.createReplicationPoint(CreateReplicationPointRequest.newBuilder()
            .setParent(model.getName())
            .setRequestId(prefix + seed.code() + "-p" + p)
            .setReplicationPoint(ReplicationPoint.newBuilder()
                .setDisplayName("Điểm " + pointSeed.commune())
                .setCommune(pointSeed.commune()).setDistrict(pointSeed.district()))
            .build());
        for (int g = 0; g < pointSeed.groupMembers().size(); g++, groups++) {
          registry.createGroup(CreateGroupRequest.newBuilder()
              .setParent(point.getName())
              .setRequestId(prefix + seed.code() + "-p" + p + "-g" + g)
              .setGroup(Group.newBuilder().setDisplayName("Tổ " + (g + 1))
                  .setMemberCount(pointSeed.groupMembers().get(g)))
              .build());
        }
      }
    }
    return groups;
  }

  /** OAuth2 client credentials against identity's token endpoint. */
  static String token(String identityUrl, String clientId, String secret) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(identityUrl + "/oauth2/token"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
        .build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException("no token for " + clientId + ": HTTP " + response.statusCode() + " " + response.body());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new IllegalStateException("identity unreachable at " + identityUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static CallCredentials bearer(String token) {
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        applier.apply(headers);
      }
    };
  }
}

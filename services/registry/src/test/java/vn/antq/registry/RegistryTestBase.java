package vn.antq.registry;

import static vn.antq.test.GrpcCalls.bearer;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.registry.v1.CreateGroupRequest;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.CreateReplicationPointRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.NationalRegistryGrpc;
import vn.antq.registry.v1.ReplicationPoint;
import vn.antq.registry.v1.Sector;
import vn.antq.test.PostgresFixture;
import vn.antq.test.TestIssuer;

/** The real service over a real socket, on a real PostgreSQL, verifying real signed tokens. */
@SpringBootTest(properties = {
    "server.port=0",
    "spring.grpc.server.port=${antq.test.grpc-port}",
    "spring.cloud.config.enabled=false",
    "antq.tenants.bac-lieu.name=Bạc Liêu",
    "antq.tenants.ca-mau.name=Cà Mau",
    "antq.tenants.an-giang.name=An Giang",
    "antq.tenants.old-province.name=Tỉnh cũ",
    "antq.tenants.old-province.status=offboarded"})
abstract class RegistryTestBase {

  static final TestIssuer ISSUER = new TestIssuer();
  static final PostgresFixture POSTGRES = PostgresFixture.shared();
  static final FakeMembersBackend MEMBERS = new FakeMembersBackend();
  /** Known before start-up, so the registry's own "registry" channel (the dashboard's source) can name it. */
  static final int GRPC_PORT = freePort();

  @LocalGrpcPort
  int grpcPort;

  @Autowired
  Environment environment;

  ManagedChannel channel;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    PostgresFixture.register(registry, POSTGRES.database("registry"));
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    registry.add("spring.grpc.client.channels.members.address", MEMBERS::address);
    // Indirect, so that a class with a context of its own can still choose its port.
    registry.add("antq.test.grpc-port", () -> GRPC_PORT);
  }

  @BeforeEach
  void openChannel() {
    channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
  }

  @AfterEach
  void closeChannel() {
    channel.shutdownNow();
  }

  ModelRegistryGrpc.ModelRegistryBlockingStub registry(String token) {
    return ModelRegistryGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  NationalRegistryGrpc.NationalRegistryBlockingStub national(String token) {
    return NationalRegistryGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  static String officer(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_OFFICER");
  }

  static String provinceAdmin(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_ADMIN");
  }

  /** An ACTIVE model with one replication point per entry of {@code groupsPerPoint}, each group of 10 members. */
  Model activeModel(String province, String code, String name, Sector sector, int... groupsPerPoint) {
    var stub = registry(officer(province));
    Model model = stub.createModel(CreateModelRequest.newBuilder().setParent("provinces/" + province)
        .setModel(Model.newBuilder().setCode(code).setDisplayName(name).setSector(sector)
            .setStatus(ModelStatus.ACTIVE).setDescription("Mô tả " + name)).build());
    for (int p = 0; p < groupsPerPoint.length; p++) {
      ReplicationPoint point = stub.createReplicationPoint(CreateReplicationPointRequest.newBuilder()
          .setParent(model.getName()).setReplicationPoint(ReplicationPoint.newBuilder()
              .setDisplayName("Điểm " + p).setCommune("Xã " + p).setDistrict("Huyện " + (p % 2))).build());
      for (int g = 0; g < groupsPerPoint[p]; g++) {
        Group group = stub.createGroup(CreateGroupRequest.newBuilder().setParent(point.getName())
            .setGroup(Group.newBuilder().setDisplayName("Tổ " + g)).build());
        // Member counts come from the members service: its fake answers 10 for each group.
        String id = group.getName().substring(group.getName().lastIndexOf('/') + 1);
        MEMBERS.set(id, 10, 1);
        stub.refreshMemberCounts(vn.antq.registry.v1.RefreshMemberCountsRequest.newBuilder()
            .setParent("provinces/" + province).addGroupIds(id).build());
      }
    }
    return stub.getModel(GetModelRequest.newBuilder().setName(model.getName()).build());
  }

  /** The registry database as its owner sees it (no row-level security applies to the owner). */
  JdbcTemplate ownerDatabase() {
    return new JdbcTemplate(new DriverManagerDataSource(environment.getProperty("spring.flyway.url"),
        environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password")));
  }

  static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}

package vn.antq.members;

import static vn.antq.test.GrpcCalls.bearer;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.members.v1.MemberImportsGrpc;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.persistence.DatabaseProvisioner.ServiceDatabase;
import vn.antq.test.PostgresFixture;
import vn.antq.test.TestIssuer;

/**
 * The real service over a real socket, on a real PostgreSQL, verifying real signed tokens; the
 * registry is a stand-in on a real socket that reads counts back like the real one.
 */
@SpringBootTest(properties = {
    "spring.grpc.server.port=0",
    "server.port=0",
    "spring.cloud.config.enabled=false",
    "antq.members.protection.keys=t-2025:dGVzdC1rZXktMjAyNS1mb3ItdGVzdHMtb25seS0zMmI=,"
        + "t-2026:dGVzdC1rZXktMjAyNi1mb3ItdGVzdHMtb25seS0zMmI=",
    "antq.members.protection.active-key=t-2026",
    "antq.members.protection.index-key=dGVzdC1pbmRleC1rZXktZm9yLXRlc3RzLW9ubHktMzJieXQ=",
    "antq.remote.defaults.retry-backoff=20ms"})
abstract class MembersTestBase {

  static final TestIssuer ISSUER = new TestIssuer();
  static final PostgresFixture POSTGRES = PostgresFixture.shared();
  static final FakeRegistry REGISTRY = new FakeRegistry();
  static final ServiceDatabase DATABASE = POSTGRES.database("members");

  @LocalGrpcPort
  int grpcPort;

  ManagedChannel channel;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    PostgresFixture.register(registry, DATABASE);
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    registry.add("spring.grpc.client.channels.registry.address", REGISTRY::address);
  }

  @BeforeEach
  void openChannel() {
    channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext()
        .maxInboundMessageSize(32 * 1024 * 1024).build();
    REGISTRY.membersAt(grpcPort);
    REGISTRY.reset();
  }

  @AfterEach
  void closeChannel() {
    channel.shutdownNow();
  }

  MembersGrpc.MembersBlockingStub members(String token) {
    return MembersGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  MemberImportsGrpc.MemberImportsBlockingStub imports(String token) {
    return MemberImportsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  static String officer(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_OFFICER");
  }

  static String admin(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_ADMIN");
  }

  static String province(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

}

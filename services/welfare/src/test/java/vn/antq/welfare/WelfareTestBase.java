package vn.antq.welfare;

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
import vn.antq.test.PostgresFixture;
import vn.antq.test.TestIssuer;
import vn.antq.welfare.v1.BeneficiariesGrpc;
import vn.antq.welfare.v1.SponsorsGrpc;
import vn.antq.welfare.v1.WelfareItemsGrpc;
import vn.antq.welfare.v1.WelfareReportsGrpc;

/** The real service over a real socket, on a real PostgreSQL, verifying real signed tokens. */
@SpringBootTest(properties = {
    "spring.grpc.server.port=0",
    "server.port=0",
    "spring.cloud.config.enabled=false",
    // Short guards, and breakers that tests of an unavailable neighbour cannot open for the others.
    "antq.remote.targets.registry.deadline=1s",
    "antq.remote.targets.registry.max-attempts=2",
    "antq.remote.targets.registry.retry-backoff=10ms",
    "antq.remote.targets.registry.minimum-number-of-calls=1000",
    "antq.remote.targets.registry.sliding-window-size=1000",
    "antq.remote.targets.campaigns.deadline=1s",
    "antq.remote.targets.campaigns.max-attempts=2",
    "antq.remote.targets.campaigns.retry-backoff=10ms",
    "antq.remote.targets.campaigns.minimum-number-of-calls=1000",
    "antq.remote.targets.campaigns.sliding-window-size=1000"})
abstract class WelfareTestBase {

  static final TestIssuer ISSUER = new TestIssuer();
  static final PostgresFixture POSTGRES = PostgresFixture.shared();
  static final FakeNeighbours NEIGHBOURS = new FakeNeighbours();

  @LocalGrpcPort
  int grpcPort;

  ManagedChannel channel;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    PostgresFixture.register(registry, POSTGRES.database("welfare"));
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    registry.add("spring.grpc.client.channels.registry.address", NEIGHBOURS::address);
    registry.add("spring.grpc.client.channels.campaigns.address", NEIGHBOURS::address);
  }

  @BeforeEach
  void openChannel() {
    channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
  }

  @AfterEach
  void closeChannel() {
    channel.shutdownNow();
  }

  WelfareItemsGrpc.WelfareItemsBlockingStub items(String token) {
    return WelfareItemsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  SponsorsGrpc.SponsorsBlockingStub sponsors(String token) {
    return SponsorsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  BeneficiariesGrpc.BeneficiariesBlockingStub beneficiaries(String token) {
    return BeneficiariesGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  WelfareReportsGrpc.WelfareReportsBlockingStub reports(String token) {
    return WelfareReportsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  static String officer(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_OFFICER");
  }

  static String admin(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_ADMIN");
  }

  /** A province of its own, so that a test's figures are not shared with any other test. */
  static String freshProvince() {
    return "t-" + suffix();
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

}

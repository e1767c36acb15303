package vn.antq.campaigns;

import static vn.antq.test.GrpcCalls.bearer;

import com.google.type.Date;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.campaigns.v1.ActivitiesGrpc;
import vn.antq.campaigns.v1.Campaign;
import vn.antq.campaigns.v1.Channel;
import vn.antq.campaigns.v1.CreateCampaignRequest;
import vn.antq.campaigns.v1.Level;
import vn.antq.campaigns.v1.Place;
import vn.antq.campaigns.v1.PropagandaRounds;
import vn.antq.campaigns.v1.ResultsGrpc;
import vn.antq.test.PostgresFixture;
import vn.antq.test.TestIssuer;

/**
 * The real service over a real socket, on a real PostgreSQL, verifying real signed tokens, and
 * calling a registry over a real socket. Each test works in a province of its own, so tests never
 * see each other's figures.
 */
@SpringBootTest(properties = {
    "spring.grpc.server.port=0",
    "server.port=0",
    "spring.cloud.config.enabled=false",
    "antq.remote.targets.registry.deadline=1s",
    "antq.remote.targets.registry.retry-backoff=10ms"})
abstract class CampaignsTestBase {

  static final TestIssuer ISSUER = new TestIssuer();
  static final PostgresFixture POSTGRES = PostgresFixture.shared();
  static final FakeRegistry REGISTRY = new FakeRegistry();
  static final Place DONG_HAI = Place.newBuilder().setDistrict("Huyện Đông Hải").setCommune("Thị trấn Gành Hào")
      .setVenue("Hội trường ấp Gành Hào").build();

  @LocalGrpcPort
  int grpcPort;

  ManagedChannel channel;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    PostgresFixture.register(registry, POSTGRES.database("campaigns"));
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    registry.add("spring.grpc.client.channels.registry.address", REGISTRY::address);
  }

  @BeforeEach
  void openChannel() {
    channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
  }

  @AfterEach
  void closeChannel() {
    channel.shutdownNow();
  }

  ActivitiesGrpc.ActivitiesBlockingStub activities(String token) {
    return ActivitiesGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  ResultsGrpc.ResultsBlockingStub results(String token) {
    return ResultsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  static String officer(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_OFFICER");
  }

  static String admin(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_ADMIN");
  }

  /** A province of the test's own. */
  static String newProvince() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Date date(int year, int month, int day) {
    return Date.newBuilder().setYear(year).setMonth(month).setDay(day).build();
  }

  static Date date(LocalDate date) {
    return date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** A valid launch on that day in Đông Hải. */
  static Campaign.Builder launch(Date day, int attendees) {
    return Campaign.newBuilder().setTitle("Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc")
        .setLevel(Level.COMMUNE).setPlace(DONG_HAI).setStartDate(day).setOrganizer("Công an thị trấn Gành Hào")
        .setAttendees(attendees).setLeaflets(2 * attendees)
        .addPropaganda(PropagandaRounds.newBuilder().setChannel(Channel.MOBILE_LOUDSPEAKER).setRounds(3));
  }

  Campaign createLaunch(String province, Campaign.Builder campaign) {
    return activities(officer(province)).createCampaign(CreateCampaignRequest.newBuilder()
        .setParent("provinces/" + province).setCampaign(campaign).build());
  }

}

package vn.antq.awards;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.awards.v1.Achievement;
import vn.antq.awards.v1.AwardReportsGrpc;
import vn.antq.awards.v1.AwardsGrpc;
import vn.antq.awards.v1.CreateDecisionRequest;
import vn.antq.awards.v1.CreateNominationRequest;
import vn.antq.awards.v1.Decision;
import vn.antq.awards.v1.IssuingLevel;
import vn.antq.awards.v1.ListNominationsRequest;
import vn.antq.awards.v1.NationalAwardsGrpc;
import vn.antq.awards.v1.Nomination;
import vn.antq.awards.v1.Recipient;
import vn.antq.awards.v1.RecipientType;
import vn.antq.awards.v1.ReviewNominationRequest;
import vn.antq.persistence.DatabaseProvisioner.ServiceDatabase;
import vn.antq.test.PostgresFixture;
import vn.antq.test.TestIssuer;

/**
 * The real service over a real socket, on a real PostgreSQL, verifying real signed tokens, with the
 * settings of config-repo/awards.yml; the registry and the members service are fakes on real sockets.
 */
@SpringBootTest(properties = {
    "spring.grpc.server.port=0",
    "server.port=0",
    "spring.cloud.config.enabled=false",
    "spring.config.import=optional:file:../../config-repo/awards.yml",
    // Short guards, and breakers that tests of an unavailable dependency cannot open for the others.
    "antq.remote.targets.registry.deadline=1s",
    "antq.remote.targets.registry.max-attempts=1",
    "antq.remote.targets.registry.minimum-number-of-calls=1000",
    "antq.remote.targets.registry.sliding-window-size=1000",
    "antq.remote.targets.members.deadline=1s",
    "antq.remote.targets.members.max-attempts=1",
    "antq.remote.targets.members.minimum-number-of-calls=1000",
    "antq.remote.targets.members.sliding-window-size=1000",
    "antq.awards.reverify-interval=1h"})
abstract class AwardsTestBase {

  static final TestIssuer ISSUER = new TestIssuer();
  static final PostgresFixture POSTGRES = PostgresFixture.shared();
  static final FakeDependencies DEPENDENCIES = new FakeDependencies();
  static final ServiceDatabase DATABASE = POSTGRES.database("awards");

  @LocalGrpcPort
  int grpcPort;

  ManagedChannel channel;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    PostgresFixture.register(registry, DATABASE);
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    registry.add("spring.grpc.client.channels.registry.address", DEPENDENCIES::registryAddress);
    registry.add("spring.grpc.client.channels.members.address", DEPENDENCIES::membersAddress);
  }

  @BeforeEach
  void openChannel() {
    channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
  }

  @AfterEach
  void closeChannel() {
    channel.shutdownNow();
    DEPENDENCIES.registry.down = false;
    DEPENDENCIES.members.down = false;
  }

  AwardsGrpc.AwardsBlockingStub awards(String token) {
    return AwardsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  AwardReportsGrpc.AwardReportsBlockingStub reports(String token) {
    return AwardReportsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  NationalAwardsGrpc.NationalAwardsBlockingStub national(String token) {
    return NationalAwardsGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
  }

  /** The database as its owner (migrations' role), who sees every row whatever the policies. */
  static JdbcTemplate asOwner() {
    return new JdbcTemplate(new DriverManagerDataSource(DATABASE.jdbcUrl(), DATABASE.ownerUser(),
        DATABASE.ownerPassword()));
  }

  static String officer(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_OFFICER");
  }

  static String admin(String province) {
    return ISSUER.provinceToken(province, "PROVINCE_ADMIN");
  }

  /** A province of its own, so that a test's figures are not shared with any other test. */
  static String freshProvince() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Date date(int year, int month, int day) {
    return Date.newBuilder().setYear(year).setMonth(month).setDay(day).build();
  }

  static Date date(LocalDate day) {
    return date(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  static Achievement year2023(String citation) {
    return Achievement.newBuilder().setPeriodStart(date(2023, 1, 1)).setPeriodEnd(date(2023, 12, 31))
        .setCitation(citation).build();
  }

  /** A collective named by text (an agency): nothing to verify. */
  static Nomination agency(String name, IssuingLevel level, String form) {
    return Nomination.newBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.COLLECTIVE).setDisplayName(name))
        .setForm(form).setIssuingLevel(level)
        .setAchievement(year2023("Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023"))
        .build();
  }

  /** An individual who is not a member, named with their unit. */
  static Nomination person(String name, IssuingLevel level, String form) {
    return Nomination.newBuilder()
        .setRecipient(Recipient.newBuilder().setType(RecipientType.INDIVIDUAL).setDisplayName(name)
            .setUnit("Ấp Cái Cùng, xã Long Điền Tây"))
        .setForm(form).setIssuingLevel(level)
        .setAchievement(year2023("Tích cực cung cấp nguồn tin về an ninh trật tự"))
        .build();
  }

  Nomination nominate(String province, Nomination nomination) {
    return awards(officer(province)).createNomination(CreateNominationRequest.newBuilder()
        .setParent("provinces/" + province).setNomination(nomination).build());
  }

  Nomination approve(String province, Nomination nomination) {
    return awards(admin(province)).reviewNomination(ReviewNominationRequest.newBuilder()
        .setName(nomination.getName()).setApprove(true).build());
  }

  Decision decide(String province, String number, Date day, IssuingLevel level, Nomination... nominations) {
    Decision.Builder decision = Decision.newBuilder().setNumber(number).setDecisionDate(day)
        .setSigner("Chủ tịch Phạm Văn Thiều").setIssuingLevel(level);
    for (Nomination nomination : nominations) {
      decision.addNominations(nomination.getName());
    }
    return awards(admin(province)).createDecision(CreateDecisionRequest.newBuilder()
        .setParent("provinces/" + province).setDecision(decision).build());
  }

  int nominationCount(String province) {
    return awards(officer(province)).listNominations(ListNominationsRequest.newBuilder()
        .setParent("provinces/" + province).build()).getTotalSize();
  }

}

package vn.antq.registry;

import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.NationalRegistryGrpc;
import vn.antq.test.PostgresFixture;
import vn.antq.test.TestIssuer;

/** The real service over a real socket, on a real PostgreSQL, verifying real signed tokens. */
@SpringBootTest(properties = {
    "spring.grpc.server.port=0",
    "server.port=0",
    "spring.cloud.config.enabled=false"})
abstract class RegistryTestBase {

  static final TestIssuer ISSUER = new TestIssuer();
  static final PostgresFixture POSTGRES = PostgresFixture.shared();
  static final FakeMembersBackend MEMBERS = new FakeMembersBackend();

  @LocalGrpcPort
  int grpcPort;

  ManagedChannel channel;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    PostgresFixture.register(registry, POSTGRES.database("registry"));
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    registry.add("spring.grpc.client.channels.members.address", MEMBERS::address);
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

  static CallCredentials bearer(String token) {
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

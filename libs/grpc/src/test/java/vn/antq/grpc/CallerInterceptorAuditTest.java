package vn.antq.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.antq.core.NationalAudit;
import vn.antq.core.Role;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.ListProvinceCountsResponse;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.NationalRegistryGrpc;
import vn.antq.test.TestIssuer;

/** National calls are put on record before the service runs; no record, no call. Real sockets and tokens. */
class CallerInterceptorAuditTest {

  private static final TestIssuer ISSUER = new TestIssuer();

  private final List<NationalAudit.Entry> recorded = new CopyOnWriteArrayList<>();
  private final AtomicInteger served = new AtomicInteger();
  private volatile boolean auditFails;
  private Server server;
  private ManagedChannel channel;

  @BeforeEach
  void start() throws Exception {
    NationalAudit audit = entry -> {
      if (auditFails) {
        throw new IllegalStateException("the audit table is not writable");
      }
      recorded.add(entry);
    };
    CallerInterceptor interceptor = new CallerInterceptor(
        new CallerVerifier(NimbusJwtDecoder.withJwkSetUri(ISSUER.jwkSetUri()).build(), "province", "roles"), audit);
    server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
        .addService(ServerInterceptors.intercept(new NationalRegistryGrpc.NationalRegistryImplBase() {
          @Override
          public void listProvinceCounts(ListProvinceCountsRequest request,
                                         StreamObserver<ListProvinceCountsResponse> response) {
            served.incrementAndGet();
            response.onNext(ListProvinceCountsResponse.getDefaultInstance());
            response.onCompleted();
          }
        }, interceptor))
        .addService(ServerInterceptors.intercept(new ModelRegistryGrpc.ModelRegistryImplBase() {
          @Override
          public void getModel(GetModelRequest request, StreamObserver<Model> response) {
            response.onNext(Model.newBuilder().setName(request.getName()).build());
            response.onCompleted();
          }
        }, interceptor))
        .build().start();
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
  }

  @AfterEach
  void stop() {
    channel.shutdownNow();
    server.shutdownNow();
  }

  @Test
  void aNationalReadIsOnRecordWithWhoWhatAndWhenBeforeItIsServed() {
    national(ISSUER.nationalToken("MINISTRY_ANALYST")).listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance());

    assertThat(served).hasValue(1);
    assertThat(recorded).singleElement().satisfies(entry -> {
      assertThat(entry.allowed()).isTrue();
      assertThat(entry.subject()).isEqualTo("ministry-user");
      assertThat(entry.roles()).containsExactly(Role.MINISTRY_ANALYST);
      assertThat(entry.method()).isEqualTo("antq.registry.v1.NationalRegistry/ListProvinceCounts");
      assertThat(entry.access()).isEqualTo("NATIONAL_READ");
      assertThat(entry.request()).isEqualTo("{}");
      assertThat(entry.time()).isNotNull();
    });
  }

  @Test
  void whenTheRecordCannotBeWrittenTheCallIsRefusedAndNothingIsRead() {
    auditFails = true;
    StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () ->
        national(ISSUER.nationalToken("MINISTRY_ADMIN")).listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance()));

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(served).hasValue(0);
  }

  @Test
  void aProvinceCallerIsRefusedAndTheAttemptIsOnRecord() {
    StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () ->
        national(ISSUER.provinceToken("ca-mau", "PROVINCE_ADMIN")).listProvinceCounts(
            ListProvinceCountsRequest.getDefaultInstance()));

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    assertThat(served).hasValue(0);
    assertThat(recorded).singleElement().satisfies(entry -> {
      assertThat(entry.allowed()).isFalse();
      assertThat(entry.callerProvince()).isEqualTo("ca-mau");
    });
  }

  @Test
  void provinceOperationsAreNotNationalAndNotAudited() {
    ModelRegistryGrpc.newBlockingStub(channel).withCallCredentials(bearer(ISSUER.provinceToken("ca-mau", "PROVINCE_OFFICER")))
        .getModel(GetModelRequest.newBuilder().setName("provinces/ca-mau/models/x").build());

    assertThat(recorded).isEmpty();
  }

  private NationalRegistryGrpc.NationalRegistryBlockingStub national(String token) {
    return NationalRegistryGrpc.newBlockingStub(channel).withCallCredentials(bearer(token));
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

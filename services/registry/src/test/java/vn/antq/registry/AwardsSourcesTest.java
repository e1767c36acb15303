package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.awards.v1.AwardReportsGrpc;
import vn.antq.awards.v1.CountModelAwardsRequest;
import vn.antq.awards.v1.CountModelAwardsResponse;
import vn.antq.awards.v1.ListProvinceAwardFiguresRequest;
import vn.antq.awards.v1.ListProvinceAwardFiguresResponse;
import vn.antq.awards.v1.ModelAwards;
import vn.antq.awards.v1.NationalAwardsGrpc;
import vn.antq.awards.v1.ProvinceAwardFigures;
import vn.antq.registry.v1.GetNationalDashboardRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelReview;
import vn.antq.registry.v1.ReviewModelsRequest;
import vn.antq.registry.v1.Section;
import vn.antq.registry.v1.Sector;

/**
 * The awards sources against a stand-in awards service on a real socket: the dashboard's awards per
 * province and a review's awards per model come from it, with the caller's own token.
 */
class AwardsSourcesTest extends RegistryTestBase {

  private static final List<String> CALLS = new CopyOnWriteArrayList<>();
  private static final Server AWARDS = startAwards();

  @DynamicPropertySource
  static void awardsChannel(DynamicPropertyRegistry registry) {
    // A context of its own, running beside the shared one: not on the shared one's port.
    registry.add("spring.grpc.server.port", () -> 0);
    registry.add("spring.grpc.client.channels.awards.address", () -> "static://127.0.0.1:" + AWARDS.getPort());
  }

  @AfterAll
  static void stopAwards() {
    AWARDS.shutdownNow();
  }

  @Test
  void theDashboardTakesAwardsPerProvinceFromTheAwardsService() {
    String ministry = ISSUER.nationalToken("MINISTRY_ANALYST");
    var dashboard = national(ministry).getNationalDashboard(GetNationalDashboardRequest.getDefaultInstance());
    assertThat(NationalDashboardTest.row(dashboard, "bac-lieu").getAwards()).isEqualTo(142);
    assertThat(dashboard.getGapsList()).noneMatch(gap -> gap.getSection() == Section.AWARDS);
    assertThat(CALLS).contains("ListProvinceAwardFigures Bearer " + ministry);
  }

  @Test
  void aReviewCountsTheAwardsOfEachModel() {
    String province = "aw-" + ModelRegistryTest.suffix();
    Model model = activeModel(province, "AW-1", "Câu lạc bộ nữ phòng chống tội phạm", Sector.WOMEN, 1);
    List<ModelReview> reviews = registry(officer(province)).reviewModels(ReviewModelsRequest.newBuilder()
        .setParent("provinces/" + province).setPeriod("2025-Q1").build()).getReviewsList();
    ModelReview review = reviews.stream().filter(r -> r.getName().startsWith(model.getName() + "/")).findFirst()
        .orElseThrow();
    assertThat(review.getIndicators().getAwards()).as("2 collective + 3 individual").isEqualTo(5);
    assertThat(review.getGapsList()).noneMatch(gap -> gap.getSection() == Section.AWARDS);
    assertThat(CALLS).anyMatch(call -> call.startsWith("CountModelAwards provinces/" + province + " 2025-3-31"));
  }

  private static Server startAwards() {
    Context.Key<String> authorization = Context.key("authorization");
    ServerInterceptor capture = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                         ServerCallHandler<Q, R> next) {
        String value = headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER));
        return Contexts.interceptCall(Context.current().withValue(authorization, value), call, headers, next);
      }
    };
    var national = new NationalAwardsGrpc.NationalAwardsImplBase() {
      @Override
      public void listProvinceAwardFigures(ListProvinceAwardFiguresRequest request,
                                           StreamObserver<ListProvinceAwardFiguresResponse> response) {
        CALLS.add("ListProvinceAwardFigures " + authorization.get());
        response.onNext(ListProvinceAwardFiguresResponse.newBuilder().addProvinces(ProvinceAwardFigures.newBuilder()
            .setProvince("bac-lieu").setCollectives(34).setIndividuals(108).setDecided(142).setMedianDays(120)).build());
        response.onCompleted();
      }
    };
    var reports = new AwardReportsGrpc.AwardReportsImplBase() {
      @Override
      public void countModelAwards(CountModelAwardsRequest request, StreamObserver<CountModelAwardsResponse> response) {
        var end = request.getEndDate();
        CALLS.add("CountModelAwards " + request.getParent() + " " + end.getYear() + "-" + end.getMonth() + "-"
            + end.getDay());
        CountModelAwardsResponse.Builder answer = CountModelAwardsResponse.newBuilder();
        request.getModelsList().forEach(model -> answer.addModels(ModelAwards.newBuilder().setModel(model)
            .setCollective(2).setIndividual(3)));
        response.onNext(answer.build());
        response.onCompleted();
      }
    };
    try {
      return NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
          .addService(ServerInterceptors.intercept(national, capture))
          .addService(ServerInterceptors.intercept(reports, capture))
          .build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

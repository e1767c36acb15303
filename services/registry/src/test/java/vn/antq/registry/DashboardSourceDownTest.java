package vn.antq.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.antq.grpc.CallerInterceptor;
import vn.antq.registry.grpc.NationalRegistryGrpcService;
import vn.antq.registry.v1.Gap;
import vn.antq.registry.v1.GetNationalDashboardRequest;
import vn.antq.registry.v1.NationalDashboard;
import vn.antq.registry.v1.ProvinceFigures;
import vn.antq.registry.v1.Section;
import vn.antq.registry.v1.Sector;

/**
 * The dashboard's registry source on a port this test controls: a real gRPC server running the
 * registry's own national service (and its caller interceptor), then stopped; then a socket that
 * accepts and never answers. The report returns within its budget each time and says what is missing.
 */
class DashboardSourceDownTest extends RegistryTestBase {

  private static final int SOURCE_PORT = freePort();
  private static final Duration BUDGET = Duration.ofMillis(1500);

  @Autowired
  NationalRegistryGrpcService nationalService;
  @Autowired
  CallerInterceptor callerInterceptor;

  private Server source;

  @DynamicPropertySource
  static void sourceElsewhere(DynamicPropertyRegistry registry) {
    // A context of its own, running beside the shared one: not on the shared one's port.
    registry.add("spring.grpc.server.port", () -> 0);
    registry.add("spring.grpc.client.channels.registry.address", () -> "static://127.0.0.1:" + SOURCE_PORT);
    registry.add("antq.registry.national.fan-out-budget", () -> BUDGET.toMillis() + "ms");
    registry.add("antq.remote.targets.registry.deadline", () -> "500ms");
    registry.add("antq.remote.targets.registry.max-attempts", () -> "1");
  }

  @AfterEach
  void stopSource() {
    if (source != null) {
      source.shutdownNow();
    }
  }

  @Test
  void aStoppedOrFrozenSourceLeavesItsFiguresMissingAndTheReportStillReturns() throws Exception {
    String province = "down-" + ModelRegistryTest.suffix();
    activeModel(province, "DN-1", "Tuyến kênh an toàn về ANTT", Sector.WATERWAYS, 1);
    source = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", SOURCE_PORT))
        .addService(ServerInterceptors.intercept(nationalService, callerInterceptor)).build().start();

    NationalDashboard answered = dashboard();
    assertThat(answered.getComplete()).isTrue();
    assertThat(NationalDashboardTest.row(answered, province).getGroups()).isEqualTo(1);

    source.shutdownNow().awaitTermination();
    source = null;
    assertMissing(dashboard(), province);

    List<Socket> accepted = new ArrayList<>();
    try (ServerSocket frozen = new ServerSocket(SOURCE_PORT, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            accepted.add(frozen.accept());
          }
        } catch (IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      assertMissing(dashboard(), province);
    } finally {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  private NationalDashboard dashboard() {
    long start = System.nanoTime();
    NationalDashboard dashboard = national(ISSUER.nationalToken("MINISTRY_ANALYST"))
        .getNationalDashboard(GetNationalDashboardRequest.getDefaultInstance());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET.plusSeconds(2));
    return dashboard;
  }

  private static void assertMissing(NationalDashboard dashboard, String province) {
    assertThat(dashboard.getComplete()).isFalse();
    assertThat(dashboard.getGapsList()).filteredOn(gap -> gap.getSection() == Section.REGISTRY).singleElement()
        .satisfies(gap -> {
          assertThat(gap.getKind()).isEqualTo(Gap.Kind.UNREACHABLE);
          assertThat(gap.getDetail()).isNotBlank();
        });
    ProvinceFigures configured = NationalDashboardTest.row(dashboard, "bac-lieu");
    assertThat(configured.hasModels() || configured.hasMembers()).as("missing, not zero").isFalse();
    assertThat(configured.getMissingList()).contains(Section.REGISTRY);
    assertThat(dashboard.getNation().hasMembers()).isFalse();
    assertThat(dashboard.getNation().getMissingList()).contains(Section.REGISTRY);
    assertThat(dashboard.getProvincesList()).extracting(ProvinceFigures::getProvince)
        .as("a province known only from the unreadable source cannot be listed").doesNotContain(province);
  }
}

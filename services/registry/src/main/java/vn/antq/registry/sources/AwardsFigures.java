package vn.antq.registry.sources;

import io.grpc.StatusRuntimeException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.awards.v1.ListProvinceAwardFiguresRequest;
import vn.antq.awards.v1.NationalAwardsGrpc;
import vn.antq.awards.v1.ProvinceAwardFigures;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.dashboard.Figure;
import vn.antq.registry.domain.dashboard.NationalFigureSource;
import vn.antq.registry.domain.dashboard.SectionFigures;

/**
 * Awards decided per province (collectives and individuals), from the awards service's national
 * RPC on the {@code awards} channel, forwarding the Ministry caller's token (the awards service
 * audits the read). A deployment without an awards channel has no such source: the section is
 * then reported "not available". Timeliness per province (median days, overdue) is served by the
 * same RPC, {@code GET /api/v1/national/awards}.
 */
@Component
@ConditionalOnProperty("spring.grpc.client.channels.awards.address")
class AwardsFigures implements NationalFigureSource {

  static final String TARGET = "awards";

  private final RemoteCalls remote;
  private final NationalAwardsGrpc.NationalAwardsBlockingStub stub;

  AwardsFigures(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.stub = NationalAwardsGrpc.newBlockingStub(channels.createChannel(TARGET));
  }

  @Override
  public Section section() {
    return Section.AWARDS;
  }

  @Override
  public SectionFigures read() {
    return read("");
  }

  /** Awards decided in the report's period (a year, quarter or month); every award when it is empty. */
  @Override
  public SectionFigures read(String period) {
    ListProvinceAwardFiguresRequest.Builder request = ListProvinceAwardFiguresRequest.newBuilder();
    if (!period.isEmpty()) {
      ReportPeriod days = ReportPeriod.parse(period);
      request.setStartDate(ProtoTime.date(days.start())).setEndDate(ProtoTime.date(days.end()));
    }
    try {
      var figures = remote.call(TARGET, CallSafety.IDEMPOTENT, stub, s -> s.listProvinceAwardFigures(request.build()));
      Map<String, Map<Figure, Long>> byProvince = new HashMap<>();
      for (ProvinceAwardFigures province : figures.getProvincesList()) {
        byProvince.put(province.getProvince(),
            Map.of(Figure.AWARDS, (long) province.getCollectives() + province.getIndividuals()));
      }
      // One database holds every province: the answer covers them all.
      return new SectionFigures(byProvince, Set.of());
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(TARGET, e) : e;
    }
  }
}

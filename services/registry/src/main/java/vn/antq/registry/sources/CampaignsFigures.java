package vn.antq.registry.sources;

import io.grpc.StatusRuntimeException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.campaigns.v1.ListProvinceResultsRequest;
import vn.antq.campaigns.v1.NationalResultsGrpc;
import vn.antq.campaigns.v1.ProvinceResults;
import vn.antq.campaigns.v1.Totals;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.dashboard.Figure;
import vn.antq.registry.domain.dashboard.NationalFigureSource;
import vn.antq.registry.domain.dashboard.SectionFigures;

/** Every province's campaign results for the report's period, from the campaigns service's national read. */
@Component
@ConditionalOnProperty("spring.grpc.client.channels.campaigns.address")
class CampaignsFigures implements NationalFigureSource {

  static final String TARGET = "campaigns";

  private final RemoteCalls remote;
  private final NationalResultsGrpc.NationalResultsBlockingStub stub;

  CampaignsFigures(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.stub = NationalResultsGrpc.newBlockingStub(channels.createChannel(TARGET));
  }

  @Override
  public Section section() {
    return Section.CAMPAIGNS;
  }

  @Override
  public SectionFigures read() {
    return read("");
  }

  @Override
  public SectionFigures read(String period) {
    try {
      var results = remote.call(TARGET, CallSafety.IDEMPOTENT, stub,
          s -> s.listProvinceResults(ListProvinceResultsRequest.newBuilder().setPeriod(period).build()));
      Map<String, Map<Figure, Long>> byProvince = new HashMap<>();
      for (ProvinceResults province : results.getProvincesList()) {
        Totals totals = province.getTotals();
        Map<Figure, Long> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.CAMPAIGN_LAUNCHES, (long) totals.getLaunches());
        figures.put(Figure.CAMPAIGN_ATTENDEES, totals.getAttendees());
        figures.put(Figure.TIPS, totals.getTipsReceived());
        figures.put(Figure.SURRENDERED_ITEMS, totals.getSurrendered());
        figures.put(Figure.MEDIATIONS, totals.getDisputesMediated());
        figures.put(Figure.PATROLS, (long) totals.getPatrols());
        figures.put(Figure.FORUMS, (long) totals.getForums());
        byProvince.put(province.getProvince(), figures);
      }
      return new SectionFigures(byProvince, Set.of());
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(TARGET, e) : e;
    }
  }
}

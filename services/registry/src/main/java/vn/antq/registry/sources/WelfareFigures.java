package vn.antq.registry.sources;

import io.grpc.StatusRuntimeException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.dashboard.Figure;
import vn.antq.registry.domain.dashboard.NationalFigureSource;
import vn.antq.registry.domain.dashboard.SectionFigures;
import vn.antq.welfare.v1.ListProvinceWelfareTotalsRequest;
import vn.antq.welfare.v1.NationalWelfareGrpc;
import vn.antq.welfare.v1.ProvinceWelfareTotals;

/** What every province handed over (all time), from the welfare service's national read. */
@Component
@ConditionalOnProperty("spring.grpc.client.channels.welfare.address")
class WelfareFigures implements NationalFigureSource {

  static final String TARGET = "welfare";

  private final RemoteCalls remote;
  private final NationalWelfareGrpc.NationalWelfareBlockingStub stub;

  WelfareFigures(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.stub = NationalWelfareGrpc.newBlockingStub(channels.createChannel(TARGET));
  }

  @Override
  public Section section() {
    return Section.WELFARE;
  }

  @Override
  public SectionFigures read() {
    try {
      var totals = remote.call(TARGET, CallSafety.IDEMPOTENT, stub,
          s -> s.listProvinceWelfareTotals(ListProvinceWelfareTotalsRequest.getDefaultInstance()));
      Map<String, Map<Figure, Long>> byProvince = new HashMap<>();
      for (ProvinceWelfareTotals province : totals.getProvincesList()) {
        Map<Figure, Long> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.CHARITY_HOUSES, province.getCharityHouses());
        figures.put(Figure.RURAL_BRIDGES, province.getRuralBridges());
        figures.put(Figure.GIFT_PACKAGES, province.getGiftPackages());
        figures.put(Figure.SCHOLARSHIPS, province.getScholarships());
        figures.put(Figure.HEALTH_INSURANCE_CARDS, province.getHealthInsuranceCards());
        figures.put(Figure.RICE_KILOGRAMS, province.getRiceKilograms());
        figures.put(Figure.WELFARE_VND, province.getTotalValue());
        byProvince.put(province.getProvince(), figures);
      }
      return new SectionFigures(byProvince, Set.of());
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(TARGET, e) : e;
    }
  }
}

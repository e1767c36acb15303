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
import vn.antq.members.v1.ListProvinceMemberTotalsRequest;
import vn.antq.members.v1.NationalMembersGrpc;
import vn.antq.members.v1.ProvinceMemberTotals;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.dashboard.Figure;
import vn.antq.registry.domain.dashboard.NationalFigureSource;
import vn.antq.registry.domain.dashboard.SectionFigures;

/** Active memberships and registered persons of every province, from the members service's national read. */
@Component
@ConditionalOnProperty("spring.grpc.client.channels.members.address")
class MembersFigures implements NationalFigureSource {

  static final String TARGET = "members";

  private final RemoteCalls remote;
  private final NationalMembersGrpc.NationalMembersBlockingStub stub;

  MembersFigures(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.stub = NationalMembersGrpc.newBlockingStub(channels.createChannel(TARGET));
  }

  @Override
  public Section section() {
    return Section.MEMBERS;
  }

  @Override
  public SectionFigures read() {
    try {
      var totals = remote.call(TARGET, CallSafety.IDEMPOTENT, stub,
          s -> s.listProvinceMemberTotals(ListProvinceMemberTotalsRequest.getDefaultInstance()));
      Map<String, Map<Figure, Long>> byProvince = new HashMap<>();
      for (ProvinceMemberTotals province : totals.getProvincesList()) {
        Map<Figure, Long> figures = new EnumMap<>(Figure.class);
        // Memberships, as the article and the registry count members (a person in two groups counts twice).
        figures.put(Figure.REGISTERED_MEMBERS, province.getActiveMemberships());
        figures.put(Figure.REGISTERED_PERSONS, province.getPersons());
        byProvince.put(province.getProvince(), figures);
      }
      return new SectionFigures(byProvince, Set.of());
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(TARGET, e) : e;
    }
  }
}

package vn.antq.registry.sources;

import io.grpc.StatusRuntimeException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.dashboard.Figure;
import vn.antq.registry.domain.dashboard.NationalFigureSource;
import vn.antq.registry.domain.dashboard.SectionFigures;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.NationalRegistryGrpc;
import vn.antq.registry.v1.ProvinceCounts;

/**
 * The registry's national counts, read like any other source: through its public national RPC on
 * the {@code registry} channel (loopback unless configured), guarded by RemoteCalls and forwarding
 * the Ministry caller's token. The dashboard treats every service alike and could move out of the
 * registry unchanged; a members, campaigns, awards or welfare source is a class like this one.
 */
@Component
class RegistryFigures implements NationalFigureSource {

  static final String TARGET = "registry";

  private final RemoteCalls remote;
  private final NationalRegistryGrpc.NationalRegistryBlockingStub stub;

  RegistryFigures(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.stub = NationalRegistryGrpc.newBlockingStub(channels.createChannel(TARGET));
  }

  @Override
  public Section section() {
    return Section.REGISTRY;
  }

  @Override
  public SectionFigures read() {
    try {
      var counts = remote.call(TARGET, CallSafety.IDEMPOTENT, stub,
          s -> s.listProvinceCounts(ListProvinceCountsRequest.getDefaultInstance()));
      Map<String, Map<Figure, Long>> byProvince = new HashMap<>();
      for (ProvinceCounts province : counts.getProvincesList()) {
        Map<Figure, Long> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.MODELS, (long) province.getModels());
        figures.put(Figure.ACTIVE_MODELS, (long) province.getActiveModels());
        figures.put(Figure.REPLICATION_POINTS, (long) province.getReplicationPoints());
        figures.put(Figure.GROUPS, (long) province.getGroups());
        figures.put(Figure.MEMBERS, province.getMembers());
        byProvince.put(province.getProvince(), figures);
      }
      // One database holds every province: the answer covers them all.
      return new SectionFigures(byProvince, Set.of());
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(TARGET, e) : e;
    }
  }
}

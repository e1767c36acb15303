package vn.antq.registry.sources;

import io.grpc.StatusRuntimeException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.members.v1.ListModelMemberFiguresRequest;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.members.v1.ModelMemberFigures;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.national.ExternalFigures;
import vn.antq.registry.domain.national.ModelFigureSource;

/**
 * Members of a province's models, and those who joined in the period, from the members service.
 * Nominations and reviews are the province's own operations: the province's token is forwarded,
 * so the read is confined to that province like any other.
 */
@Component
@ConditionalOnProperty("spring.grpc.client.channels.members.address")
class MembersModelFigures implements ModelFigureSource {

  private final RemoteCalls remote;
  private final MembersGrpc.MembersBlockingStub stub;

  MembersModelFigures(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.stub = MembersGrpc.newBlockingStub(channels.createChannel(MembersFigures.TARGET));
  }

  @Override
  public Section section() {
    return Section.MEMBERS;
  }

  @Override
  public Map<UUID, ExternalFigures> read(String province, Collection<UUID> models, Period upTo) {
    var request = ListModelMemberFiguresRequest.newBuilder()
        .setParent("provinces/" + province)
        .addAllModelIds(models.stream().map(UUID::toString).toList())
        .setPeriodStart(Dates.toProto(upTo.start()))
        .setPeriodEnd(Dates.toProto(upTo.end()))
        .build();
    try {
      var answer = remote.call(MembersFigures.TARGET, CallSafety.IDEMPOTENT, stub, s -> s.listModelMemberFigures(request));
      Map<UUID, ExternalFigures> figures = new HashMap<>();
      for (ModelMemberFigures model : answer.getModelsList()) {
        figures.put(UUID.fromString(model.getModelId()), new ExternalFigures(
            new ExternalFigures.MemberFigures(model.getMembers(), model.getJoinedInPeriod()), null, null, null));
      }
      return figures;
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(MembersFigures.TARGET, e) : e;
    }
  }
}

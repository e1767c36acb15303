package vn.antq.registry.sources;

import io.grpc.StatusRuntimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.national.ExternalFigures;
import vn.antq.registry.domain.national.ModelFigureSource;
import vn.antq.welfare.v1.ListModelWelfareRequest;
import vn.antq.welfare.v1.ModelWelfare;
import vn.antq.welfare.v1.WelfareReportsGrpc;

/**
 * What went through a province's models up to the end of the period (charity houses, gifts, money),
 * from the welfare service, with the province's forwarded token.
 */
@Component
@ConditionalOnProperty("spring.grpc.client.channels.welfare.address")
class WelfareModelFigures implements ModelFigureSource {

  private final RemoteCalls remote;
  private final WelfareReportsGrpc.WelfareReportsBlockingStub stub;

  WelfareModelFigures(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.stub = WelfareReportsGrpc.newBlockingStub(channels.createChannel(WelfareFigures.TARGET));
  }

  @Override
  public Section section() {
    return Section.WELFARE;
  }

  @Override
  public Map<UUID, ExternalFigures> read(String province, Collection<UUID> models, Period upTo) {
    LocalDate periodEnd = upTo.end();
    var request = ListModelWelfareRequest.newBuilder()
        .setParent("provinces/" + province)
        .addAllModelIds(models.stream().map(UUID::toString).toList())
        .setEndDate(Dates.toProto(periodEnd))
        .build();
    try {
      var answer = remote.call(WelfareFigures.TARGET, CallSafety.IDEMPOTENT, stub, s -> s.listModelWelfare(request));
      Map<UUID, ExternalFigures> figures = new HashMap<>();
      for (ModelWelfare model : answer.getModelsList()) {
        figures.put(UUID.fromString(model.getModelId()), new ExternalFigures(null, null, null,
            new ExternalFigures.WelfareFigures(model.getCharityHouses(), model.getGifts(), model.getTotalValue())));
      }
      return figures;
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(WelfareFigures.TARGET, e) : e;
    }
  }
}

package vn.antq.registry.sources;

import io.grpc.StatusRuntimeException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.awards.v1.AwardReportsGrpc;
import vn.antq.awards.v1.CountModelAwardsRequest;
import vn.antq.awards.v1.ModelAwards;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.national.ExternalFigures;
import vn.antq.registry.domain.national.ModelFigureSource;

/**
 * Awards received per model — collective awards of the model or its groups, and individual awards
 * credited to it — decided up to the end of a period, for nomination evidence and reviews: one
 * CountModelAwards call for all the models asked, with the caller's token.
 */
@Component
@ConditionalOnProperty("spring.grpc.client.channels.awards.address")
class AwardsModelFigures implements ModelFigureSource {

  private final RemoteCalls remote;
  private final AwardReportsGrpc.AwardReportsBlockingStub stub;

  AwardsModelFigures(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.stub = AwardReportsGrpc.newBlockingStub(channels.createChannel(AwardsFigures.TARGET));
  }

  @Override
  public Section section() {
    return Section.AWARDS;
  }

  @Override
  public Map<UUID, ExternalFigures> read(String province, Collection<UUID> models, Period upTo) {
    String prefix = "provinces/" + province + "/models/";
    var end = upTo.start().plusMonths(Period.MONTHS).minusDays(1);
    CountModelAwardsRequest request = CountModelAwardsRequest.newBuilder()
        .setParent("provinces/" + province)
        .addAllModels(models.stream().map(id -> prefix + id).toList())
        .setEndDate(com.google.type.Date.newBuilder().setYear(end.getYear()).setMonth(end.getMonthValue())
            .setDay(end.getDayOfMonth()))
        .build();
    try {
      var counts = remote.call(AwardsFigures.TARGET, CallSafety.IDEMPOTENT, stub, s -> s.countModelAwards(request));
      Map<UUID, ExternalFigures> figures = new HashMap<>();
      for (ModelAwards model : counts.getModelsList()) {
        figures.put(UUID.fromString(model.getModel().substring(prefix.length())), new ExternalFigures(null, null,
            new ExternalFigures.AwardFigures(model.getCollective(), model.getIndividual()), null));
      }
      return figures;
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(AwardsFigures.TARGET, e) : e;
    }
  }
}

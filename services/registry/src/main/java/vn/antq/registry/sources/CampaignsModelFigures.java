package vn.antq.registry.sources;

import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.campaigns.v1.ListModelActivityRequest;
import vn.antq.campaigns.v1.ModelActivity;
import vn.antq.campaigns.v1.QuarterActivity;
import vn.antq.campaigns.v1.ResultsGrpc;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;
import vn.antq.registry.domain.national.ExternalFigures;
import vn.antq.registry.domain.national.ModelFigureSource;

/**
 * Activity and results of a province's models quarter by quarter, from the campaigns service, with
 * the province's forwarded token. Asks for as many quarters as the review's flags look back.
 */
@Component
@ConditionalOnProperty("spring.grpc.client.channels.campaigns.address")
class CampaignsModelFigures implements ModelFigureSource {

  private static final int MIN_QUARTERS = 4;
  private static final int MAX_QUARTERS = 20;

  private final RemoteCalls remote;
  private final ResultsGrpc.ResultsBlockingStub stub;
  private final int quarters;

  CampaignsModelFigures(RemoteCalls remote, GrpcChannelFactory channels,
                        @Value("${antq.registry.national.inactive-months:6}") int inactiveMonths,
                        @Value("${antq.registry.national.unchanged-periods:3}") int unchangedPeriods) {
    this.remote = remote;
    this.stub = ResultsGrpc.newBlockingStub(channels.createChannel(CampaignsFigures.TARGET));
    int lookBack = Math.max((inactiveMonths + Period.MONTHS - 1) / Period.MONTHS, unchangedPeriods);
    this.quarters = Math.min(MAX_QUARTERS, Math.max(MIN_QUARTERS, lookBack));
  }

  @Override
  public Section section() {
    return Section.CAMPAIGNS;
  }

  @Override
  public Map<UUID, ExternalFigures> read(String province, Collection<UUID> models, Period upTo) {
    var request = ListModelActivityRequest.newBuilder()
        .setParent("provinces/" + province)
        .addAllModelIds(models.stream().map(UUID::toString).toList())
        .setUpTo(upTo.year() + "-q" + upTo.quarter())
        .setQuarters(quarters)
        .build();
    try {
      var answer = remote.call(CampaignsFigures.TARGET, CallSafety.IDEMPOTENT, stub, s -> s.listModelActivity(request));
      Map<UUID, ExternalFigures> figures = new HashMap<>();
      for (ModelActivity model : answer.getModelsList()) {
        List<ExternalFigures.PeriodActivity> periods = new ArrayList<>();
        for (QuarterActivity quarter : model.getQuartersList()) {
          periods.add(new ExternalFigures.PeriodActivity(Period.parse("period", quarter.getPeriod().toUpperCase()),
              quarter.getLaunches(), quarter.getAttendees(), quarter.getTipsReceived(), quarter.getDisputesMediated()));
        }
        figures.put(UUID.fromString(model.getModelId()),
            new ExternalFigures(null, new ExternalFigures.ActivityFigures(periods), null, null));
      }
      return figures;
    } catch (StatusRuntimeException e) {
      throw RemoteCalls.isTransient(e) ? RemoteCalls.unavailable(CampaignsFigures.TARGET, e) : e;
    }
  }
}

package vn.antq.campaigns.grpc;

import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.campaigns.domain.LinkedModels;
import vn.antq.campaigns.domain.Period;
import vn.antq.campaigns.domain.PeriodService;
import vn.antq.campaigns.domain.ReportFigures;
import vn.antq.campaigns.domain.ResultsService;
import vn.antq.campaigns.domain.SummaryService;
import vn.antq.campaigns.domain.UnitFigures;
import vn.antq.campaigns.v1.ApprovePeriodRequest;
import vn.antq.campaigns.v1.GetPeriodRequest;
import vn.antq.campaigns.v1.GetSummaryRequest;
import vn.antq.campaigns.v1.GetUnitResultsRequest;
import vn.antq.campaigns.v1.ListModelActivityRequest;
import vn.antq.campaigns.v1.ListModelActivityResponse;
import vn.antq.campaigns.v1.ListUnitResultsRequest;
import vn.antq.campaigns.v1.ListUnitResultsResponse;
import vn.antq.campaigns.v1.ReopenPeriodRequest;
import vn.antq.campaigns.v1.ReportUnitResultsRequest;
import vn.antq.campaigns.v1.ResultsGrpc;
import vn.antq.campaigns.v1.Summary;
import vn.antq.campaigns.v1.UnitResults;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.ResourceNames;

/** The Results contract: request shape and mapping, one transaction per call; rules live in the domain. */
@Service
public class ResultsGrpcService extends ResultsGrpc.ResultsImplBase {

  private final ResultsService results;
  private final PeriodService periods;
  private final SummaryService summaries;
  private final ReportFigures reports;
  private final LinkedModels linkedModels;
  private final Replies replies;

  public ResultsGrpcService(ResultsService results, PeriodService periods, SummaryService summaries,
                            ReportFigures reports, LinkedModels linkedModels, Replies replies) {
    this.results = results;
    this.periods = periods;
    this.summaries = summaries;
    this.reports = reports;
    this.linkedModels = linkedModels;
    this.replies = replies;
  }

  @Override
  public void listModelActivity(ListModelActivityRequest request, StreamObserver<ListModelActivityResponse> response) {
    CampaignNames.province("parent", request.getParent());
    List<UUID> models = ResourceNames.ids("model_ids", request.getModelIdsList());
    Period upTo = Period.existing("up_to", request.getUpTo());
    replies.reply(response, () -> {
      var builder = ListModelActivityResponse.newBuilder();
      for (ReportFigures.ModelActivity model : reports.forModels(models, upTo, request.getQuarters())) {
        var activity = builder.addModelsBuilder().setModelId(model.model().toString());
        model.quarters().forEach(quarter -> activity.addQuartersBuilder()
            .setPeriod(Period.around(quarter.quarterStart()).get(1).id())
            .setLaunches(quarter.launches()).setAttendees(quarter.attendees())
            .setTipsReceived(quarter.tips()).setDisputesMediated(quarter.mediations()));
      }
      return builder.build();
    });
  }

  @Override
  public void reportUnitResults(ReportUnitResultsRequest request, StreamObserver<UnitResults> response) {
    String field = "unit_results.name";
    List<String> ids = CampaignNames.UNIT_RESULTS.match(field, request.getUnitResults().getName());
    Period period = Period.existing(field, ids.get(0));
    UnitFigures figures = ResultsMapper.figures(request.getUnitResults());
    if (figures.model() != null) {
      linkedModels.requireExisting("unit_results.model", figures.model());
    }
    replies.reply(response, () -> ResultsMapper.toProto(results.report(period, ids.get(1), figures)));
  }

  @Override
  public void getUnitResults(GetUnitResultsRequest request, StreamObserver<UnitResults> response) {
    List<String> ids = CampaignNames.UNIT_RESULTS.match("name", request.getName());
    Period period = Period.existing("name", ids.get(0));
    replies.reply(response, () -> ResultsMapper.toProto(results.get(period, ids.get(1))));
  }

  @Override
  public void listUnitResults(ListUnitResultsRequest request, StreamObserver<ListUnitResultsResponse> response) {
    Period period = Period.existing("parent", CampaignNames.PERIOD.match("parent", request.getParent()).get(0));
    String cursor = PageTokens.decode(request.getPageToken());
    replies.reply(response, () -> {
      var page = results.list(period, request.getPageSize(), cursor);
      return ListUnitResultsResponse.newBuilder()
          .addAllUnitResults(page.items().stream().map(ResultsMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  @Override
  public void getPeriod(GetPeriodRequest request, StreamObserver<vn.antq.campaigns.v1.Period> response) {
    Period period = period(request.getName());
    replies.reply(response, () -> ResultsMapper.toProto(periods.status(period)));
  }

  @Override
  public void approvePeriod(ApprovePeriodRequest request, StreamObserver<vn.antq.campaigns.v1.Period> response) {
    Period period = period(request.getName());
    replies.reply(response, () -> ResultsMapper.toProto(periods.approve(period)));
  }

  @Override
  public void reopenPeriod(ReopenPeriodRequest request, StreamObserver<vn.antq.campaigns.v1.Period> response) {
    Period period = period(request.getName());
    replies.reply(response, () -> ResultsMapper.toProto(periods.reopen(period, request.getReason())));
  }

  @Override
  public void getSummary(GetSummaryRequest request, StreamObserver<Summary> response) {
    Period period = Period.existing("name", CampaignNames.SUMMARY.match("name", request.getName()).get(0));
    replies.reply(response, () -> ResultsMapper.toProto(summaries.summary(period)));
  }

  private static Period period(String name) {
    return Period.existing("name", CampaignNames.PERIOD.match("name", name).get(0));
  }
}

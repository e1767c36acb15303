package vn.antq.campaigns.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;
import vn.antq.campaigns.domain.Period;
import vn.antq.campaigns.domain.ReportFigures;
import vn.antq.campaigns.v1.ListProvinceResultsRequest;
import vn.antq.campaigns.v1.ListProvinceResultsResponse;
import vn.antq.campaigns.v1.NationalResultsGrpc;
import vn.antq.campaigns.v1.ProvinceResults;

/**
 * The Ministry's national reads. libs/grpc audits each call before it gets here and marks it
 * national; libs/persistence then runs its transaction read-only as the national role.
 */
@Service
public class NationalResultsGrpcService extends NationalResultsGrpc.NationalResultsImplBase {

  private final ReportFigures reports;
  private final Replies replies;

  public NationalResultsGrpcService(ReportFigures reports, Replies replies) {
    this.reports = reports;
    this.replies = replies;
  }

  @Override
  public void listProvinceResults(ListProvinceResultsRequest request,
                                  StreamObserver<ListProvinceResultsResponse> response) {
    Period period = request.getPeriod().isEmpty() ? null : Period.existing("period", request.getPeriod());
    replies.reply(response, () -> ListProvinceResultsResponse.newBuilder()
        .addAllProvinces(reports.perProvince(period).stream().map(results -> ProvinceResults.newBuilder()
            .setProvince(results.province()).setPeriod(results.period().id())
            .setTotals(ResultsMapper.toProto(results.totals())).build()).toList())
        .build());
  }
}

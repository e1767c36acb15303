package vn.antq.welfare.grpc;

import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.grpc.contract.ResourceNames;
import vn.antq.welfare.domain.Period;
import vn.antq.welfare.domain.ReportFigures;
import vn.antq.welfare.domain.SummaryReport;
import vn.antq.welfare.domain.WelfareKind;
import vn.antq.welfare.v1.GetWelfareSummaryRequest;
import vn.antq.welfare.v1.ListModelWelfareRequest;
import vn.antq.welfare.v1.ListModelWelfareResponse;
import vn.antq.welfare.v1.ModelWelfare;
import vn.antq.welfare.v1.WelfareReportsGrpc;
import vn.antq.welfare.v1.WelfareSummary;

/** The welfare reports contract. */
@Service
public class WelfareReportsGrpcService extends WelfareReportsGrpc.WelfareReportsImplBase {

  private final SummaryReport report;
  private final ReportFigures figures;

  public WelfareReportsGrpcService(SummaryReport report, ReportFigures figures) {
    this.report = report;
    this.figures = figures;
  }

  @Override
  public void listModelWelfare(ListModelWelfareRequest request, StreamObserver<ListModelWelfareResponse> response) {
    ResourceNames.province("parent", request.getParent());
    List<UUID> models = ResourceNames.ids("model_ids", request.getModelIdsList());
    Period period = new Period(null, ProtoValues.date("end_date", request.hasEndDate(), request.getEndDate()));
    var builder = ListModelWelfareResponse.newBuilder();
    figures.forModels(models, period).forEach(entry -> builder.addModels(ModelWelfare.newBuilder()
        .setModelId(entry.getKey().toString())
        .setCharityHouses(Math.toIntExact(entry.getValue().quantity(WelfareKind.CHARITY_HOUSE)))
        .setGifts(entry.getValue().quantity(WelfareKind.GIFT_PACKAGE))
        .setTotalValue(entry.getValue().value())));
    Replies.send(response, builder.build());
  }

  @Override
  public void getWelfareSummary(GetWelfareSummaryRequest request, StreamObserver<WelfareSummary> response) {
    if (!request.getName().equals("provinces/" + Tenant.province() + "/welfareSummary")) {
      throw new DomainException.InvalidInput("name", "must look like provinces/{province}/welfareSummary");
    }
    Period period = new Period(
        ProtoValues.date("start_date", request.hasStartDate(), request.getStartDate()),
        ProtoValues.date("end_date", request.hasEndDate(), request.getEndDate()));
    Replies.send(response, SummaryMapper.toProto(report.summarize(period, request.getSponsorLimit())));
  }
}

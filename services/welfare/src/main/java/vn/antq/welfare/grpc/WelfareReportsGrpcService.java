package vn.antq.welfare.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.welfare.domain.Period;
import vn.antq.welfare.domain.SummaryReport;
import vn.antq.welfare.v1.GetWelfareSummaryRequest;
import vn.antq.welfare.v1.WelfareReportsGrpc;
import vn.antq.welfare.v1.WelfareSummary;

/** The welfare reports contract. */
@Service
public class WelfareReportsGrpcService extends WelfareReportsGrpc.WelfareReportsImplBase {

  private final SummaryReport report;

  public WelfareReportsGrpcService(SummaryReport report) {
    this.report = report;
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

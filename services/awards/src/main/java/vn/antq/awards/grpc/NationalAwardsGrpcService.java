package vn.antq.awards.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;
import vn.antq.awards.domain.AwardReports;
import vn.antq.awards.v1.ListProvinceAwardFiguresRequest;
import vn.antq.awards.v1.ListProvinceAwardFiguresResponse;
import vn.antq.awards.v1.NationalAwardsGrpc;
import vn.antq.awards.v1.ProvinceAwardFigures;
import vn.antq.grpc.contract.ProtoValues;

/**
 * The Ministry's read across provinces. libs/grpc admits only NATIONAL_READ callers and records the
 * call in national_audit first; libs/persistence runs it as the database's national role.
 */
@Service
public class NationalAwardsGrpcService extends NationalAwardsGrpc.NationalAwardsImplBase {

  private final AwardReports reports;

  public NationalAwardsGrpcService(AwardReports reports) {
    this.reports = reports;
  }

  @Override
  public void listProvinceAwardFigures(ListProvinceAwardFiguresRequest request,
                                       StreamObserver<ListProvinceAwardFiguresResponse> response) {
    var figures = reports.national(
        ProtoValues.date("start_date", request.hasStartDate(), request.getStartDate()),
        ProtoValues.date("end_date", request.hasEndDate(), request.getEndDate()));
    Replies.send(response, ListProvinceAwardFiguresResponse.newBuilder()
        .addAllProvinces(figures.stream().map(province -> ProvinceAwardFigures.newBuilder()
            .setProvince(province.province())
            .setCollectives(province.collectives())
            .setIndividuals(province.individuals())
            .setDecided(province.timeliness().decided())
            .setMedianDays(province.timeliness().medianDays())
            .setOverdue(province.timeliness().overdue())
            .build()).toList())
        .build());
  }
}

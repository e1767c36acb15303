package vn.antq.welfare.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.welfare.domain.Period;
import vn.antq.welfare.domain.ReportFigures;
import vn.antq.welfare.domain.WelfareKind;
import vn.antq.welfare.v1.ListProvinceWelfareTotalsRequest;
import vn.antq.welfare.v1.ListProvinceWelfareTotalsResponse;
import vn.antq.welfare.v1.NationalWelfareGrpc;
import vn.antq.welfare.v1.ProvinceWelfareTotals;

/**
 * The Ministry's national reads. libs/grpc audits each call before it gets here and marks it
 * national; libs/persistence then runs its transaction read-only as the national role.
 */
@Service
public class NationalWelfareGrpcService extends NationalWelfareGrpc.NationalWelfareImplBase {

  private final ReportFigures figures;

  public NationalWelfareGrpcService(ReportFigures figures) {
    this.figures = figures;
  }

  @Override
  public void listProvinceWelfareTotals(ListProvinceWelfareTotalsRequest request,
                                        StreamObserver<ListProvinceWelfareTotalsResponse> response) {
    Period period = new Period(ProtoValues.date("start_date", request.hasStartDate(), request.getStartDate()),
        ProtoValues.date("end_date", request.hasEndDate(), request.getEndDate()));
    var builder = ListProvinceWelfareTotalsResponse.newBuilder();
    figures.perProvince(period).forEach((province, sums) -> builder.addProvinces(ProvinceWelfareTotals.newBuilder()
        .setProvince(province)
        .setCharityHouses(sums.quantity(WelfareKind.CHARITY_HOUSE))
        .setRuralBridges(sums.quantity(WelfareKind.RURAL_BRIDGE))
        .setGiftPackages(sums.quantity(WelfareKind.GIFT_PACKAGE))
        .setScholarships(sums.quantity(WelfareKind.SCHOLARSHIP))
        .setHealthInsuranceCards(sums.quantity(WelfareKind.HEALTH_INSURANCE_CARD))
        .setNotebooks(sums.quantity(WelfareKind.NOTEBOOKS))
        .setRiceKilograms(sums.quantity(WelfareKind.RICE))
        .setTotalValue(sums.value())));
    Replies.send(response, builder.build());
  }
}

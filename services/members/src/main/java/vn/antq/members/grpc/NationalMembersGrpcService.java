package vn.antq.members.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;
import vn.antq.members.domain.ReportFigures;
import vn.antq.members.v1.ListProvinceMemberTotalsRequest;
import vn.antq.members.v1.ListProvinceMemberTotalsResponse;
import vn.antq.members.v1.NationalMembersGrpc;
import vn.antq.members.v1.ProvinceMemberTotals;

/**
 * The Ministry's national reads. libs/grpc audits each call before it gets here and marks it
 * national; libs/persistence then runs its transaction read-only as the national role.
 */
@Service
public class NationalMembersGrpcService extends NationalMembersGrpc.NationalMembersImplBase {

  private final ReportFigures figures;

  public NationalMembersGrpcService(ReportFigures figures) {
    this.figures = figures;
  }

  @Override
  public void listProvinceMemberTotals(ListProvinceMemberTotalsRequest request,
                                       StreamObserver<ListProvinceMemberTotalsResponse> response) {
    var builder = ListProvinceMemberTotalsResponse.newBuilder();
    figures.perProvince().forEach(totals -> builder.addProvinces(ProvinceMemberTotals.newBuilder()
        .setProvince(totals.province()).setPersons(totals.persons()).setMembers(totals.members())
        .setActiveMemberships(totals.activeMemberships())));
    response.onNext(builder.build());
    response.onCompleted();
  }
}

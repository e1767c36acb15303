package vn.antq.registry;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.antq.campaigns.v1.ListModelActivityRequest;
import vn.antq.campaigns.v1.ListModelActivityResponse;
import vn.antq.campaigns.v1.ListProvinceResultsRequest;
import vn.antq.campaigns.v1.ListProvinceResultsResponse;
import vn.antq.campaigns.v1.NationalResultsGrpc;
import vn.antq.campaigns.v1.ProvinceResults;
import vn.antq.campaigns.v1.QuarterActivity;
import vn.antq.campaigns.v1.ResultsGrpc;
import vn.antq.campaigns.v1.Totals;
import vn.antq.welfare.v1.ListModelWelfareRequest;
import vn.antq.welfare.v1.ListModelWelfareResponse;
import vn.antq.welfare.v1.ListProvinceWelfareTotalsRequest;
import vn.antq.welfare.v1.ListProvinceWelfareTotalsResponse;
import vn.antq.welfare.v1.ModelWelfare;
import vn.antq.welfare.v1.NationalWelfareGrpc;
import vn.antq.welfare.v1.ProvinceWelfareTotals;
import vn.antq.welfare.v1.WelfareReportsGrpc;

/**
 * One gRPC server on a loopback port standing in for the campaigns and welfare services' report
 * reads: answers the figures a test sets (zeros for a model it did not set) and records the
 * requests. {@code silent} makes it never answer, as a service that hangs.
 */
final class FakeReportBackends implements AutoCloseable {

  /** Per model: quarter ("2025-q3") → {launches, attendees, tips, mediations}. */
  final Map<String, Map<String, long[]>> activity = new ConcurrentHashMap<>();
  /** Per model: {charity houses, gifts, value}. */
  final Map<String, long[]> welfare = new ConcurrentHashMap<>();
  /** Per province: campaign totals of the period asked. */
  final Map<String, Totals> results = new ConcurrentHashMap<>();
  final Map<String, ProvinceWelfareTotals> welfareTotals = new ConcurrentHashMap<>();
  final List<String> periodsAsked = new CopyOnWriteArrayList<>();
  volatile boolean silent;
  private final Server server;

  FakeReportBackends() {
    try {
      server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
          .addService(new Results()).addService(new NationalResults())
          .addService(new WelfareReports()).addService(new NationalWelfare())
          .build()
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String address() {
    return "static://127.0.0.1:" + server.getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }

  private <T> void answer(StreamObserver<T> response, T message) {
    if (silent) {
      return;
    }
    response.onNext(message);
    response.onCompleted();
  }

  private final class Results extends ResultsGrpc.ResultsImplBase {
    @Override
    public void listModelActivity(ListModelActivityRequest request, StreamObserver<ListModelActivityResponse> response) {
      var answer = ListModelActivityResponse.newBuilder();
      int year = Integer.parseInt(request.getUpTo().substring(0, 4));
      int quarter = request.getUpTo().charAt(6) - '0';
      for (String id : request.getModelIdsList()) {
        var model = answer.addModelsBuilder().setModelId(id);
        int y = year;
        int q = quarter;
        for (int i = 0; i < request.getQuarters(); i++) {
          String period = y + "-q" + q;
          long[] figures = activity.getOrDefault(id, Map.of()).getOrDefault(period, new long[4]);
          model.addQuarters(QuarterActivity.newBuilder().setPeriod(period).setLaunches(figures[0])
              .setAttendees(figures[1]).setTipsReceived(figures[2]).setDisputesMediated(figures[3]));
          if (--q == 0) {
            q = 4;
            y--;
          }
        }
      }
      answer(response, answer.build());
    }
  }

  private final class NationalResults extends NationalResultsGrpc.NationalResultsImplBase {
    @Override
    public void listProvinceResults(ListProvinceResultsRequest request, StreamObserver<ListProvinceResultsResponse> response) {
      periodsAsked.add(request.getPeriod());
      var answer = ListProvinceResultsResponse.newBuilder();
      results.forEach((province, totals) -> answer.addProvinces(ProvinceResults.newBuilder().setProvince(province)
          .setPeriod(request.getPeriod().isEmpty() ? "2023" : request.getPeriod()).setTotals(totals)));
      answer(response, answer.build());
    }
  }

  private final class WelfareReports extends WelfareReportsGrpc.WelfareReportsImplBase {
    @Override
    public void listModelWelfare(ListModelWelfareRequest request, StreamObserver<ListModelWelfareResponse> response) {
      var answer = ListModelWelfareResponse.newBuilder();
      for (String id : request.getModelIdsList()) {
        long[] figures = welfare.getOrDefault(id, new long[3]);
        answer.addModels(ModelWelfare.newBuilder().setModelId(id).setCharityHouses((int) figures[0])
            .setGifts(figures[1]).setTotalValue(figures[2]));
      }
      answer(response, answer.build());
    }
  }

  private final class NationalWelfare extends NationalWelfareGrpc.NationalWelfareImplBase {
    @Override
    public void listProvinceWelfareTotals(ListProvinceWelfareTotalsRequest request,
                                          StreamObserver<ListProvinceWelfareTotalsResponse> response) {
      answer(response, ListProvinceWelfareTotalsResponse.newBuilder().addAllProvinces(welfareTotals.values()).build());
    }
  }

}

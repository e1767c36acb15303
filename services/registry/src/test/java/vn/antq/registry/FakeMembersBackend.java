package vn.antq.registry;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.antq.members.v1.CountMembersRequest;
import vn.antq.members.v1.CountMembersResponse;
import vn.antq.members.v1.GroupMemberCount;
import vn.antq.members.v1.ListModelMemberFiguresRequest;
import vn.antq.members.v1.ListModelMemberFiguresResponse;
import vn.antq.members.v1.ListProvinceMemberTotalsRequest;
import vn.antq.members.v1.ListProvinceMemberTotalsResponse;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.members.v1.ModelMemberFigures;
import vn.antq.members.v1.NationalMembersGrpc;
import vn.antq.members.v1.ProvinceMemberTotals;

/**
 * A gRPC server on a loopback port standing in for the members service's CountMembers: answers the
 * counts a test sets, version 0 for any other group, and records each request with its token.
 */
final class FakeMembersBackend implements AutoCloseable {

  record Call(CountMembersRequest request, String authorization) {}

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<String> TOKEN = Context.key("authorization");

  final List<Call> calls = new CopyOnWriteArrayList<>();
  final Map<String, long[]> counts = new ConcurrentHashMap<>();
  volatile Status failWith;
  private final Server server;

  FakeMembersBackend() {
    ServerInterceptor tokenCapture = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                         ServerCallHandler<Q, R> next) {
        return Contexts.interceptCall(Context.current().withValue(TOKEN, headers.get(AUTHORIZATION)), call, headers, next);
      }
    };
    try {
      server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
          .addService(ServerInterceptors.intercept(new Members(), tokenCapture))
          .addService(ServerInterceptors.intercept(new NationalMembers(), tokenCapture))
          .build()
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String address() {
    return "static://127.0.0.1:" + server.getPort();
  }

  /** Figures of a model: active members and memberships begun in the period asked. */
  final Map<String, long[]> modelFigures = new ConcurrentHashMap<>();
  /** Persons, members and active memberships per province, for the national read. */
  final Map<String, long[]> provinceTotals = new ConcurrentHashMap<>();
  /** Requests of the per-model read, with their token. */
  final List<String> modelFigureTokens = new CopyOnWriteArrayList<>();

  void set(String groupId, long members, long version) {
    counts.put(groupId, new long[] {members, version});
  }

  @Override
  public void close() {
    server.shutdownNow();
  }

  private final class NationalMembers extends NationalMembersGrpc.NationalMembersImplBase {
    @Override
    public void listProvinceMemberTotals(ListProvinceMemberTotalsRequest request,
                                         StreamObserver<ListProvinceMemberTotalsResponse> response) {
      var answer = ListProvinceMemberTotalsResponse.newBuilder();
      provinceTotals.forEach((province, totals) -> answer.addProvinces(ProvinceMemberTotals.newBuilder()
          .setProvince(province).setPersons(totals[0]).setMembers(totals[1]).setActiveMemberships(totals[2])));
      response.onNext(answer.build());
      response.onCompleted();
    }
  }

  private final class Members extends MembersGrpc.MembersImplBase {
    @Override
    public void listModelMemberFigures(ListModelMemberFiguresRequest request,
                                       StreamObserver<ListModelMemberFiguresResponse> response) {
      modelFigureTokens.add(TOKEN.get());
      var answer = ListModelMemberFiguresResponse.newBuilder();
      for (String id : request.getModelIdsList()) {
        long[] figures = modelFigures.getOrDefault(id, new long[] {0, 0});
        answer.addModels(ModelMemberFigures.newBuilder().setModelId(id).setMembers(figures[0])
            .setJoinedInPeriod(figures[1]));
      }
      response.onNext(answer.build());
      response.onCompleted();
    }

    @Override
    public void countMembers(CountMembersRequest request, StreamObserver<CountMembersResponse> response) {
      calls.add(new Call(request, TOKEN.get()));
      if (failWith != null) {
        response.onError(failWith.asRuntimeException());
        return;
      }
      CountMembersResponse.Builder answer = CountMembersResponse.newBuilder();
      for (String id : request.getGroupIdsList()) {
        long[] count = counts.getOrDefault(id, new long[] {0, 0});
        answer.addGroups(GroupMemberCount.newBuilder().setGroupId(id).setActiveMembers(count[0]).setVersion(count[1]));
      }
      response.onNext(answer.build());
      response.onCompleted();
    }
  }
}

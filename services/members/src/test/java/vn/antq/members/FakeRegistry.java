package vn.antq.members;

import io.grpc.CallCredentials;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import vn.antq.members.v1.CountMembersRequest;
import vn.antq.members.v1.GroupMemberCount;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.registry.v1.BatchGetGroupsRequest;
import vn.antq.registry.v1.BatchGetGroupsResponse;
import vn.antq.registry.v1.GetGroupRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ListModelsResponse;
import vn.antq.registry.v1.MemberCount;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.RefreshMemberCountsRequest;
import vn.antq.registry.v1.RefreshMemberCountsResponse;

/**
 * A gRPC server on a loopback port standing in for the registry: it knows the groups a test adds,
 * and, like the real one, keeps member counts only by reading them back from the members service
 * (over a real socket, with the token it was called with), newest version wins.
 */
final class FakeRegistry implements AutoCloseable {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<String> TOKEN = Context.key("authorization");

  /** Group name → model code. */
  final Map<String, String> groups = new ConcurrentHashMap<>();
  /** Group id → {members, version} as kept. */
  final Map<String, long[]> kept = new ConcurrentHashMap<>();
  final AtomicInteger refreshes = new AtomicInteger();
  volatile Status lookupsFailWith;
  volatile Status refreshFailsWith;
  private final Server server;
  private volatile ManagedChannel members;

  FakeRegistry() {
    ServerInterceptor tokenCapture = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                         ServerCallHandler<Q, R> next) {
        return Contexts.interceptCall(Context.current().withValue(TOKEN, headers.get(AUTHORIZATION)), call, headers, next);
      }
    };
    try {
      server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
          .addService(ServerInterceptors.intercept(new Registry(), tokenCapture)).build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String address() {
    return "static://127.0.0.1:" + server.getPort();
  }

  /** Where the members service under test listens, for reading counts back. */
  void membersAt(int port) {
    if (members == null) {
      members = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }
  }

  /** A new group of the province under a new model and point; returns its name. */
  String addGroup(String province, String modelCode) {
    String name = "provinces/" + province + "/models/" + UUID.randomUUID() + "/points/" + UUID.randomUUID()
        + "/groups/" + UUID.randomUUID();
    groups.put(name, modelCode);
    return name;
  }

  long keptCount(String groupName) {
    long[] count = kept.get(id(groupName));
    return count == null ? 0 : count[0];
  }

  static String id(String groupName) {
    return groupName.substring(groupName.lastIndexOf('/') + 1);
  }

  void reset() {
    lookupsFailWith = null;
    refreshFailsWith = null;
  }

  @Override
  public void close() {
    server.shutdownNow();
    if (members != null) {
      members.shutdownNow();
    }
  }

  private Group group(String name) {
    return Group.newBuilder().setName(name).setDisplayName("Tổ 1").setModelCode(groups.get(name))
        .setMemberCount((int) keptCount(name)).build();
  }

  private final class Registry extends ModelRegistryGrpc.ModelRegistryImplBase {
    @Override
    public void getGroup(GetGroupRequest request, StreamObserver<Group> response) {
      if (lookupsFailWith != null) {
        response.onError(lookupsFailWith.asRuntimeException());
      } else if (!groups.containsKey(request.getName())) {
        response.onError(Status.NOT_FOUND.withDescription("group not found").asRuntimeException());
      } else {
        response.onNext(group(request.getName()));
        response.onCompleted();
      }
    }

    @Override
    public void batchGetGroups(BatchGetGroupsRequest request, StreamObserver<BatchGetGroupsResponse> response) {
      if (lookupsFailWith != null) {
        response.onError(lookupsFailWith.asRuntimeException());
        return;
      }
      BatchGetGroupsResponse.Builder found = BatchGetGroupsResponse.newBuilder();
      groups.keySet().stream()
          .filter(name -> name.startsWith(request.getParent() + "/") && request.getGroupIdsList().contains(id(name)))
          .forEach(name -> found.addGroups(group(name)));
      response.onNext(found.build());
      response.onCompleted();
    }

    @Override
    public void listModels(ListModelsRequest request, StreamObserver<ListModelsResponse> response) {
      ListModelsResponse.Builder found = ListModelsResponse.newBuilder();
      groups.entrySet().stream()
          .filter(e -> e.getKey().startsWith(request.getParent() + "/") && e.getValue().contains(request.getText().toUpperCase()))
          .map(Map.Entry::getValue).distinct()
          .forEach(code -> found.addModels(Model.newBuilder().setCode(code)));
      response.onNext(found.build());
      response.onCompleted();
    }

    @Override
    public void refreshMemberCounts(RefreshMemberCountsRequest request,
                                    StreamObserver<RefreshMemberCountsResponse> response) {
      refreshes.incrementAndGet();
      if (refreshFailsWith != null) {
        response.onError(refreshFailsWith.asRuntimeException());
        return;
      }
      String token = TOKEN.get();
      var counts = MembersGrpc.newBlockingStub(members).withCallCredentials(bearer(token)).countMembers(
          CountMembersRequest.newBuilder().setParent(request.getParent()).addAllGroupIds(request.getGroupIdsList()).build());
      RefreshMemberCountsResponse.Builder answer = RefreshMemberCountsResponse.newBuilder();
      for (GroupMemberCount count : counts.getGroupsList()) {
        long[] now = kept.merge(count.getGroupId(), new long[] {count.getActiveMembers(), count.getVersion()},
            (old, fresh) -> fresh[1] >= old[1] ? fresh : old);
        answer.addCounts(MemberCount.newBuilder().setGroupId(count.getGroupId()).setMembers(now[0]).setVersion(now[1]));
      }
      response.onNext(answer.build());
      response.onCompleted();
    }
  }

  private static CallCredentials bearer(String header) {
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, header);
        applier.apply(headers);
      }
    };
  }
}

package vn.antq.welfare;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.antq.campaigns.v1.ActivitiesGrpc;
import vn.antq.campaigns.v1.Campaign;
import vn.antq.campaigns.v1.GetCampaignRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * A real gRPC server on a loopback port standing in for the registry and the campaigns service (each
 * a Spring Boot application of its own that cannot run inside this test JVM; the launcher's
 * end-to-end tests use the real ones). It knows the models and campaigns it is given, records the
 * authorization header of every call, and answers UNAVAILABLE while the service is set down.
 */
final class FakeNeighbours implements AutoCloseable {

  /** One GetModel or GetCampaign as the neighbour saw it. */
  record Call(String name, String authorization) {}

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<String> CALLER = Context.key("authorization");

  final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Set<String> known = ConcurrentHashMap.newKeySet();
  volatile boolean registryDown;
  volatile boolean campaignsDown;
  private final Server server;

  FakeNeighbours() {
    ServerInterceptor capture = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                         ServerCallHandler<Q, R> next) {
        String authorization = headers.get(AUTHORIZATION);
        return Contexts.interceptCall(Context.current().withValue(CALLER, authorization == null ? "" : authorization),
            call, headers, next);
      }
    };
    try {
      server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
          .addService(ServerInterceptors.intercept(new Registry(), capture))
          .addService(ServerInterceptors.intercept(new Campaigns(), capture))
          .build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String address() {
    return "static://127.0.0.1:" + server.getPort();
  }

  /** A model's or a campaign's resource name that exists. */
  void knows(String name) {
    known.add(name);
  }

  private final class Registry extends ModelRegistryGrpc.ModelRegistryImplBase {
    @Override
    public void getModel(GetModelRequest request, StreamObserver<Model> response) {
      answer(request.getName(), registryDown, Model.newBuilder().setName(request.getName()).build(), response);
    }
  }

  private final class Campaigns extends ActivitiesGrpc.ActivitiesImplBase {
    @Override
    public void getCampaign(GetCampaignRequest request, StreamObserver<Campaign> response) {
      answer(request.getName(), campaignsDown, Campaign.newBuilder().setName(request.getName()).build(), response);
    }
  }

  private <T> void answer(String name, boolean down, T found, StreamObserver<T> response) {
    calls.add(new Call(name, CALLER.get()));
    if (down) {
      response.onError(Status.UNAVAILABLE.withDescription("down").asRuntimeException());
    } else if (known.contains(name)) {
      response.onNext(found);
      response.onCompleted();
    } else {
      response.onError(Status.NOT_FOUND.withDescription(name + " not found").asRuntimeException());
    }
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}

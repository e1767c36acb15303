package vn.antq.campaigns;

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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * A registry on a real loopback socket, answering GetModel for the models a test adds, and keeping
 * the authorization header of every call so tests can see whose token travelled. The registry
 * service itself is exercised end to end in launcher/.
 */
final class FakeRegistry implements AutoCloseable {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<String> CALLER = Context.key("authorization");

  final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final Set<String> models = ConcurrentHashMap.newKeySet();
  private volatile boolean down;
  private final Server server;

  FakeRegistry() {
    ModelRegistryGrpc.ModelRegistryImplBase service = new ModelRegistryGrpc.ModelRegistryImplBase() {
      @Override
      public void getModel(GetModelRequest request, StreamObserver<Model> response) {
        authorizations.add(CALLER.get());
        if (down) {
          response.onError(Status.UNAVAILABLE.withDescription("registry is down").asRuntimeException());
        } else if (models.contains(request.getName())) {
          response.onNext(Model.newBuilder().setName(request.getName()).build());
          response.onCompleted();
        } else {
          response.onError(Status.NOT_FOUND.withDescription(request.getName() + " not found").asRuntimeException());
        }
      }
    };
    try {
      server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
          .addService(ServerInterceptors.intercept(service, new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                               ServerCallHandler<Q, R> next) {
              return Contexts.interceptCall(Context.current().withValue(CALLER, headers.get(AUTHORIZATION)), call,
                  headers, next);
            }
          }))
          .build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String address() {
    return "static://127.0.0.1:" + server.getPort();
  }

  /** A new model of the province, and its resource name. */
  String addModel(String province) {
    String name = "provinces/" + province + "/models/" + UUID.randomUUID();
    models.add(name);
    return name;
  }

  void setDown(boolean down) {
    this.down = down;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}

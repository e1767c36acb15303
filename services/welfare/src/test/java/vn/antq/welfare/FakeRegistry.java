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
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * A real gRPC server on a loopback port standing in for the registry (its own module is a Spring
 * Boot application of its own and cannot run inside this test JVM; the launcher's end-to-end tests
 * use the real one). It knows the models it is given, records the authorization header of every
 * call, and answers UNAVAILABLE while {@link #down} is set.
 */
final class FakeRegistry implements AutoCloseable {

  /** One GetModel as the registry saw it. */
  record Call(String name, String authorization) {}

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<String> CALLER = Context.key("authorization");

  final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Set<String> models = ConcurrentHashMap.newKeySet();
  volatile boolean down;
  private final Server server;

  FakeRegistry() {
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
          .build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String address() {
    return "static://127.0.0.1:" + server.getPort();
  }

  void knows(String modelName) {
    models.add(modelName);
  }

  private final class Registry extends ModelRegistryGrpc.ModelRegistryImplBase {
    @Override
    public void getModel(GetModelRequest request, StreamObserver<Model> response) {
      calls.add(new Call(request.getName(), CALLER.get()));
      if (down) {
        response.onError(Status.UNAVAILABLE.withDescription("registry down").asRuntimeException());
      } else if (models.contains(request.getName())) {
        response.onNext(Model.newBuilder().setName(request.getName()).build());
        response.onCompleted();
      } else {
        response.onError(Status.NOT_FOUND.withDescription(request.getName() + " not found").asRuntimeException());
      }
    }
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}

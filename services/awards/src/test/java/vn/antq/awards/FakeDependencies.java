package vn.antq.awards;

import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.antq.members.v1.GetPersonRequest;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.members.v1.Person;
import vn.antq.registry.v1.GetGroupRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * Real gRPC servers on loopback ports standing in for the registry and the members service (each is
 * a Spring Boot application of its own; the launcher's end-to-end tests use the real ones). They
 * know the resources they are given and answer UNAVAILABLE while their {@code down} flag is set.
 */
final class FakeDependencies implements AutoCloseable {

  final Fake registry = new Fake();
  final Fake members = new Fake();
  private final Server registryServer;
  private final Server membersServer;

  /** One fake service: names it knows (with display names), a down switch, a call counter. */
  static final class Fake {
    final Map<String, String> known = new ConcurrentHashMap<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean down;

    <T> void answer(String name, StreamObserver<T> response, java.util.function.Function<String, T> found) {
      calls.incrementAndGet();
      if (down) {
        response.onError(Status.UNAVAILABLE.withDescription("down").asRuntimeException());
      } else if (known.containsKey(name)) {
        response.onNext(found.apply(known.get(name)));
        response.onCompleted();
      } else {
        response.onError(Status.NOT_FOUND.withDescription(name + " not found").asRuntimeException());
      }
    }
  }

  FakeDependencies() {
    registryServer = start(new ModelRegistryGrpc.ModelRegistryImplBase() {
      @Override
      public void getModel(GetModelRequest request, StreamObserver<Model> response) {
        registry.answer(request.getName(), response,
            name -> Model.newBuilder().setName(request.getName()).setDisplayName(name).build());
      }

      @Override
      public void getGroup(GetGroupRequest request, StreamObserver<Group> response) {
        registry.answer(request.getName(), response,
            name -> Group.newBuilder().setName(request.getName()).setDisplayName(name).build());
      }
    });
    membersServer = start(new MembersGrpc.MembersImplBase() {
      @Override
      public void getPerson(GetPersonRequest request, StreamObserver<Person> response) {
        members.answer(request.getName(), response,
            name -> Person.newBuilder().setName(request.getName()).setFullName(name).build());
      }
    });
  }

  private static Server start(io.grpc.BindableService service) {
    try {
      return NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(service).build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String registryAddress() {
    return "static://127.0.0.1:" + registryServer.getPort();
  }

  String membersAddress() {
    return "static://127.0.0.1:" + membersServer.getPort();
  }

  @Override
  public void close() {
    registryServer.shutdownNow();
    membersServer.shutdownNow();
  }
}

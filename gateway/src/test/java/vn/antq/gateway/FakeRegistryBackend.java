package vn.antq.gateway;

import com.google.protobuf.Any;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ListModelsResponse;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.ListProvinceCountsResponse;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.NationalRegistryGrpc;
import vn.antq.registry.v1.ProvinceCounts;
import vn.antq.registry.v1.UpdateModelRequest;

/**
 * A real gRPC server on a loopback port standing in for the registry service, recording what
 * reached it. Model names ending in "missing", "slow" and "boom" trigger NOT_FOUND, a reply after
 * the gateway's deadline, and an uncaught exception; a blank display name fails validation.
 */
final class FakeRegistryBackend implements AutoCloseable {

  /** One call as the backend saw it. */
  record Call(String method, Metadata headers, Message request) {}

  static final long SLOW_REPLY_MILLIS = 3_000;

  private static final Context.Key<Metadata> HEADERS = Context.key("headers");

  final List<Call> calls = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final Server server;

  FakeRegistryBackend() {
    ServerInterceptor headerCapture = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        return Contexts.interceptCall(Context.current().withValue(HEADERS, headers), call, headers, next);
      }
    };
    try {
      server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
          .addService(ServerInterceptors.intercept(new Registry(), headerCapture))
          .addService(ServerInterceptors.intercept(new National(), headerCapture))
          .build()
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String target() {
    return "127.0.0.1:" + server.getPort();
  }

  Call onlyCall() {
    if (calls.size() != 1) {
      throw new AssertionError("expected one backend call, got " + calls);
    }
    return calls.get(0);
  }

  private void record(String method, Message request) {
    calls.add(new Call(method, HEADERS.get(), request));
  }

  @Override
  public void close() {
    server.shutdownNow();
    scheduler.shutdownNow();
  }

  private final class Registry extends ModelRegistryGrpc.ModelRegistryImplBase {

    @Override
    public void createModel(CreateModelRequest request, StreamObserver<Model> response) {
      record("CreateModel", request);
      if (request.getModel().getDisplayName().isBlank()) {
        response.onError(StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
            .setCode(Code.INVALID_ARGUMENT_VALUE)
            .setMessage("Mô hình không hợp lệ")
            .addDetails(Any.pack(BadRequest.newBuilder()
                .addFieldViolations(violation("model.display_name", "không được để trống"))
                .addFieldViolations(violation("model.sector", "must be set"))
                .build()))
            .build()));
        return;
      }
      response.onNext(request.getModel().toBuilder()
          .setName(request.getParent() + "/models/" + request.getModel().getCode().toLowerCase())
          .build());
      response.onCompleted();
    }

    @Override
    public void getModel(GetModelRequest request, StreamObserver<Model> response) {
      record("GetModel", request);
      if (request.getName().endsWith("/missing")) {
        response.onError(Status.NOT_FOUND.withDescription("Không tìm thấy mô hình").asRuntimeException());
      } else if (request.getName().endsWith("/boom")) {
        throw new IllegalStateException("boom: secret stack detail");
      } else if (request.getName().endsWith("/slow")) {
        scheduler.schedule(() -> reply(response, request.getName()), SLOW_REPLY_MILLIS, TimeUnit.MILLISECONDS);
      } else {
        reply(response, request.getName());
      }
    }

    private void reply(StreamObserver<Model> response, String name) {
      try {
        response.onNext(Model.newBuilder().setName(name).setDisplayName("Tổ ngư dân tự quản về ANTT trên biển").build());
        response.onCompleted();
      } catch (RuntimeException cancelledMeanwhile) {
        // The gateway gave up first, as it should.
      }
    }

    @Override
    public void listModels(ListModelsRequest request, StreamObserver<ListModelsResponse> response) {
      record("ListModels", request);
      response.onNext(ListModelsResponse.newBuilder().setTotalSize(0).build());
      response.onCompleted();
    }

    @Override
    public void updateModel(UpdateModelRequest request, StreamObserver<Model> response) {
      record("UpdateModel", request);
      response.onNext(request.getModel());
      response.onCompleted();
    }
  }

  private final class National extends NationalRegistryGrpc.NationalRegistryImplBase {

    @Override
    public void listProvinceCounts(ListProvinceCountsRequest request, StreamObserver<ListProvinceCountsResponse> response) {
      record("ListProvinceCounts", request);
      response.onNext(ListProvinceCountsResponse.newBuilder()
          .setNation(ProvinceCounts.newBuilder().setModels(3).setMembers(120))
          .build());
      response.onCompleted();
    }
  }

  private static BadRequest.FieldViolation violation(String field, String description) {
    return BadRequest.FieldViolation.newBuilder().setField(field).setDescription(description).build();
  }
}

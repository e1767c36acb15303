package vn.antq.gateway;

import com.google.protobuf.Any;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Deadline;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
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
 * reached it. Model names ending in "missing", "slow" and "boom" trigger NOT_FOUND, no reply at all
 * (only the caller's deadline ends the call), and an uncaught exception; a blank display name fails
 * validation.
 */
final class FakeRegistryBackend implements AutoCloseable {

  /** One call as the backend saw it. */
  record Call(String method, Metadata headers, Message request) {}

  /**
   * A call the backend never answered: how long its deadline left when it arrived (null without a
   * deadline), and a latch released when the call ended without it.
   */
  record HeldCall(Long deadlineMillisAtArrival, CountDownLatch ended) {}

  private static final Context.Key<Metadata> HEADERS = Context.key("headers");

  final List<Call> calls = new CopyOnWriteArrayList<>();
  final BlockingQueue<HeldCall> held = new LinkedBlockingQueue<>();
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
        hold();
      } else {
        reply(response, request.getName());
      }
    }

    private void reply(StreamObserver<Model> response, String name) {
      response.onNext(Model.newBuilder().setName(name).setDisplayName("Tổ ngư dân tự quản về ANTT trên biển").build());
      response.onCompleted();
    }

    /** Leaves the call open: the server cancels its context when the deadline passes or the caller gives up. */
    private void hold() {
      Context context = Context.current();
      Deadline deadline = context.getDeadline();
      CountDownLatch ended = new CountDownLatch(1);
      context.addListener(cancelled -> ended.countDown(), Runnable::run);
      held.add(new HeldCall(deadline == null ? null : deadline.timeRemaining(TimeUnit.MILLISECONDS), ended));
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

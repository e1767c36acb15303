package vn.antq.welfare.links;

import io.grpc.StatusRuntimeException;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ModelRegistryGrpc.ModelRegistryBlockingStub;
import vn.antq.welfare.domain.ModelDirectory;

/**
 * Asks the registry whether a model exists, with the caller's own token (forwarded by libs/grpc),
 * so the registry applies its own province check too. Guarded by {@link RemoteCalls}: a read, so it
 * may be retried; a registry in trouble is UNAVAILABLE here, never a silent "no".
 */
public class RegistryModelDirectory implements ModelDirectory {

  static final String TARGET = "registry";
  private final RemoteCalls remote;
  private final ModelRegistryBlockingStub registry;

  public RegistryModelDirectory(RemoteCalls remote, ModelRegistryBlockingStub registry) {
    this.remote = remote;
    this.registry = registry;
  }

  @Override
  public boolean exists(String modelName) {
    try {
      remote.call(TARGET, CallSafety.IDEMPOTENT, registry,
          stub -> stub.getModel(GetModelRequest.newBuilder().setName(modelName).build()));
      return true;
    } catch (StatusRuntimeException e) {
      if (RemoteCalls.isAbsent(e)) {
        return false;
      }
      throw RemoteCalls.unavailable(TARGET, e);
    }
  }
}

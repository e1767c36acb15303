package vn.antq.campaigns.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.antq.campaigns.domain.ModelDirectory;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * Asks the registry (channel "registry", guard antq.remote.targets.registry) whether models exist.
 * The caller's token travels with each call, so the registry answers for the caller's province only.
 */
@Component
class RegistryModelDirectory implements ModelDirectory {

  static final String TARGET = "registry";

  private final RemoteCalls remote;
  private final ModelRegistryGrpc.ModelRegistryBlockingStub registry;

  RegistryModelDirectory(RemoteCalls remote, ModelRegistryGrpc.ModelRegistryBlockingStub registry) {
    this.remote = remote;
    this.registry = registry;
  }

  @Override
  public Set<UUID> missing(Set<UUID> models) {
    Set<UUID> missing = new HashSet<>();
    for (UUID model : models) {
      GetModelRequest request = GetModelRequest.newBuilder().setName(CampaignNames.MODEL.render(model)).build();
      try {
        remote.call(TARGET, CallSafety.IDEMPOTENT, registry, stub -> stub.getModel(request));
      } catch (StatusRuntimeException error) {
        if (error.getStatus().getCode() == Status.Code.NOT_FOUND) {
          missing.add(model);
        } else if (RemoteCalls.isTransient(error)) {
          throw RemoteCalls.unavailable(TARGET, error);
        } else {
          throw error;
        }
      }
    }
    return missing;
  }
}

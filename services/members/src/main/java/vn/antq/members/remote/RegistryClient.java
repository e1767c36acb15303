package vn.antq.members.remote;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.members.domain.CountPublisher;
import vn.antq.members.domain.GroupDirectory;
import vn.antq.members.domain.GroupPath;
import vn.antq.members.domain.RegistryGroup;
import vn.antq.registry.v1.BatchGetGroupsRequest;
import vn.antq.registry.v1.GetGroupRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.RefreshMemberCountsRequest;

/**
 * The registry, over gRPC with the caller's own token (the registry checks the province again).
 * Lookups and count refreshes are safe to repeat, so RemoteCalls may retry them. Two targets with
 * their own deadline and breaker: quick lookups ("registry") and count refreshes ("registry-counts"),
 * which may cover thousands of groups.
 */
@Component
public class RegistryClient implements GroupDirectory, CountPublisher {

  static final String LOOKUPS = "registry";
  static final String COUNTS = "registry-counts";
  private static final int BATCH = 5000;

  private final RemoteCalls remote;
  private final ModelRegistryGrpc.ModelRegistryBlockingStub registry;

  public RegistryClient(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.registry = ModelRegistryGrpc.newBlockingStub(channels.createChannel("registry"));
  }

  @Override
  public Optional<RegistryGroup> find(GroupPath group) {
    GetGroupRequest request = GetGroupRequest.newBuilder().setName(group.name(Tenant.province())).build();
    try {
      return Optional.of(toDomain(remote.call(LOOKUPS, CallSafety.IDEMPOTENT, registry, stub -> stub.getGroup(request))));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw translate(LOOKUPS, e);
    }
  }

  @Override
  public Map<UUID, RegistryGroup> findAll(Collection<UUID> groupIds) {
    Map<UUID, RegistryGroup> found = new HashMap<>();
    List<UUID> ids = new ArrayList<>(new HashSet<>(groupIds));
    for (int from = 0; from < ids.size(); from += BATCH) {
      BatchGetGroupsRequest request = BatchGetGroupsRequest.newBuilder().setParent(parent())
          .addAllGroupIds(ids.subList(from, Math.min(ids.size(), from + BATCH)).stream().map(UUID::toString).toList())
          .build();
      call(LOOKUPS, () -> remote.call(LOOKUPS, CallSafety.IDEMPOTENT, registry, stub -> stub.batchGetGroups(request)))
          .getGroupsList().forEach(group -> {
            RegistryGroup known = toDomain(group);
            found.put(known.path().groupId(), known);
          });
    }
    return found;
  }

  @Override
  public Set<String> existingModelCodes(Collection<String> codes) {
    Set<String> existing = new HashSet<>();
    for (String code : new HashSet<>(codes)) {
      ListModelsRequest request = ListModelsRequest.newBuilder().setParent(parent()).setText(code).setPageSize(500)
          .build();
      call(LOOKUPS, () -> remote.call(LOOKUPS, CallSafety.IDEMPOTENT, registry, stub -> stub.listModels(request)))
          .getModelsList().stream().map(Model::getCode).filter(code::equalsIgnoreCase).forEach(existing::add);
    }
    return existing;
  }

  @Override
  public Map<UUID, Long> publish(Collection<UUID> groupIds) {
    RefreshMemberCountsRequest request = RefreshMemberCountsRequest.newBuilder().setParent(parent())
        .addAllGroupIds(groupIds.stream().map(UUID::toString).toList()).build();
    Map<UUID, Long> kept = new HashMap<>();
    call(COUNTS, () -> remote.call(COUNTS, CallSafety.IDEMPOTENT, registry, stub -> stub.refreshMemberCounts(request)))
        .getCountsList().forEach(count -> kept.put(UUID.fromString(count.getGroupId()), count.getVersion()));
    return kept;
  }

  private static String parent() {
    return "provinces/" + Tenant.province();
  }

  private static RegistryGroup toDomain(Group group) {
    String[] parts = group.getName().split("/");
    return new RegistryGroup(new GroupPath(UUID.fromString(parts[3]), UUID.fromString(parts[5]),
        UUID.fromString(parts[7])), group.getModelCode());
  }

  private static <T> T call(String target, Supplier<T> rpc) {
    try {
      return rpc.get();
    } catch (StatusRuntimeException e) {
      throw translate(target, e);
    }
  }

  /** The registry's failures as domain errors: transient ones say "try later", the rest are refusals. */
  private static DomainException translate(String target, StatusRuntimeException e) {
    if (RemoteCalls.isTransient(e)) {
      return RemoteCalls.unavailable(target, e);
    }
    if (e.getStatus().getCode() == Status.Code.PERMISSION_DENIED) {
      return new DomainException.PermissionDenied("the registry refused: " + e.getStatus().getDescription());
    }
    return new DomainException.FailedPrecondition("the registry refused the request: " + e.getStatus().getCode());
  }
}

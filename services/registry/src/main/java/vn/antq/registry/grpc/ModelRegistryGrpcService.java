package vn.antq.registry.grpc;

import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.registry.domain.MemberCount;
import vn.antq.registry.domain.ModelFilter;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.RegistryService;
import vn.antq.registry.v1.BatchGetGroupsRequest;
import vn.antq.registry.v1.BatchGetGroupsResponse;
import vn.antq.registry.v1.CreateGroupRequest;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.CreateReplicationPointRequest;
import vn.antq.registry.v1.GetGroupRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.GetProvinceCountsRequest;
import vn.antq.registry.v1.GetReplicationPointRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.ListGroupsRequest;
import vn.antq.registry.v1.ListGroupsResponse;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ListModelsResponse;
import vn.antq.registry.v1.ListReplicationPointsRequest;
import vn.antq.registry.v1.ListReplicationPointsResponse;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.ProvinceCounts;
import vn.antq.registry.v1.RefreshMemberCountsRequest;
import vn.antq.registry.v1.RefreshMemberCountsResponse;
import vn.antq.registry.v1.ReplicationPoint;
import vn.antq.registry.v1.UpdateModelRequest;

/** The registry contract: request shape checks and mapping; one transaction per call; rules live in the domain. */
@Service
public class ModelRegistryGrpcService extends ModelRegistryGrpc.ModelRegistryImplBase {

  private final RegistryService registry;
  private final TransactionTemplate transactions;
  private final MeterRegistry meters;

  public ModelRegistryGrpcService(RegistryService registry, TransactionTemplate transactions, MeterRegistry meters) {
    this.registry = registry;
    this.transactions = transactions;
    this.meters = meters;
  }

  @Override
  public void createModel(CreateModelRequest request, StreamObserver<Model> response) {
    ResourceNames.parse("parent", request.getParent());
    reply(response, () -> RegistryMapper.toProto(
        registry.createModel(RegistryMapper.draft(request.getModel()), requestId(request.getRequestId()))));
    meters.counter("antq.registry.models.created", "province", Tenant.province()).increment();
  }

  @Override
  public void getModel(GetModelRequest request, StreamObserver<Model> response) {
    UUID id = ResourceNames.parse("name", request.getName(), "models")[0];
    reply(response, () -> RegistryMapper.toProto(registry.getModel(id)));
  }

  @Override
  public void listModels(ListModelsRequest request, StreamObserver<ListModelsResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    ModelFilter filter = new ModelFilter(RegistryMapper.status(request.getStatus()),
        sectorFilter(request.getSector()), VietnameseText.fold(request.getText()));
    String cursor = ResourceNames.decodeToken(request.getPageToken());
    reply(response, () -> {
      Page<vn.antq.registry.domain.Model> page = registry.listModels(filter, request.getPageSize(), cursor);
      return ListModelsResponse.newBuilder()
          .addAllModels(page.items().stream().map(RegistryMapper::toProto).toList())
          .setNextPageToken(ResourceNames.encodeToken(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  @Override
  public void updateModel(UpdateModelRequest request, StreamObserver<Model> response) {
    UUID id = ResourceNames.parse("model.name", request.getModel().getName(), "models")[0];
    List<String> fields = request.hasUpdateMask() && request.getUpdateMask().getPathsCount() > 0
        ? request.getUpdateMask().getPathsList()
        : List.of("display_name", "sector", "description", "status", "established_date");
    reply(response, () -> RegistryMapper.toProto(
        registry.updateModel(id, RegistryMapper.draft(request.getModel()), fields)));
  }

  @Override
  public void createReplicationPoint(CreateReplicationPointRequest request, StreamObserver<ReplicationPoint> response) {
    UUID model = ResourceNames.parse("parent", request.getParent(), "models")[0];
    ReplicationPoint point = request.getReplicationPoint();
    reply(response, () -> RegistryMapper.toProto(Tenant.province(), registry.createPoint(model,
        point.getDisplayName(), point.getCommune(), point.getDistrict(),
        RegistryMapper.date("replication_point.established_date",
            point.hasEstablishedDate() ? point.getEstablishedDate() : null),
        requestId(request.getRequestId()))));
  }

  @Override
  public void getReplicationPoint(GetReplicationPointRequest request, StreamObserver<ReplicationPoint> response) {
    UUID[] ids = ResourceNames.parse("name", request.getName(), "models", "points");
    reply(response, () -> RegistryMapper.toProto(Tenant.province(), registry.getPoint(ids[0], ids[1])));
  }

  @Override
  public void listReplicationPoints(ListReplicationPointsRequest request,
                                    StreamObserver<ListReplicationPointsResponse> response) {
    UUID model = ResourceNames.parse("parent", request.getParent(), "models")[0];
    String cursor = ResourceNames.decodeToken(request.getPageToken());
    reply(response, () -> {
      var page = registry.listPoints(model, request.getPageSize(), cursor);
      return ListReplicationPointsResponse.newBuilder()
          .addAllReplicationPoints(page.items().stream().map(p -> RegistryMapper.toProto(Tenant.province(), p)).toList())
          .setNextPageToken(ResourceNames.encodeToken(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  @Override
  public void createGroup(CreateGroupRequest request, StreamObserver<Group> response) {
    UUID[] ids = ResourceNames.parse("parent", request.getParent(), "models", "points");
    Group group = request.getGroup();
    reply(response, () -> RegistryMapper.toProto(Tenant.province(), registry.createGroup(ids[0], ids[1],
        group.getDisplayName(), group.getLeaderName(), group.getMemberCount(), requestId(request.getRequestId()))));
  }

  @Override
  public void getGroup(GetGroupRequest request, StreamObserver<Group> response) {
    UUID[] ids = ResourceNames.parse("name", request.getName(), "models", "points", "groups");
    reply(response, () -> RegistryMapper.toProto(Tenant.province(), registry.getGroup(ids[0], ids[1], ids[2])));
  }

  @Override
  public void listGroups(ListGroupsRequest request, StreamObserver<ListGroupsResponse> response) {
    UUID[] ids = ResourceNames.parse("parent", request.getParent(), "models", "points");
    String cursor = ResourceNames.decodeToken(request.getPageToken());
    reply(response, () -> {
      var page = registry.listGroups(ids[0], ids[1], request.getPageSize(), cursor);
      return ListGroupsResponse.newBuilder()
          .addAllGroups(page.items().stream().map(g -> RegistryMapper.toProto(Tenant.province(), g)).toList())
          .setNextPageToken(ResourceNames.encodeToken(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  @Override
  public void batchGetGroups(BatchGetGroupsRequest request, StreamObserver<BatchGetGroupsResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    List<UUID> ids = ResourceNames.ids("group_ids", request.getGroupIdsList());
    reply(response, () -> BatchGetGroupsResponse.newBuilder()
        .addAllGroups(registry.batchGetGroups(ids).stream().map(g -> RegistryMapper.toProto(Tenant.province(), g)).toList())
        .build());
  }

  /** Three steps, two short transactions: none stays open while the members service answers. */
  @Override
  public void refreshMemberCounts(RefreshMemberCountsRequest request,
                                  StreamObserver<RefreshMemberCountsResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    List<UUID> requested = ResourceNames.ids("group_ids", request.getGroupIdsList());
    List<UUID> groups = transactions.execute(status -> registry.groupsToRefresh(requested));
    List<MemberCount> counts = registry.readMemberCounts(groups);
    reply(response, () -> RefreshMemberCountsResponse.newBuilder()
        .addAllCounts(registry.keepMemberCounts(counts).stream().map(RegistryMapper::toProto).toList())
        .build());
  }

  @Override
  public void getProvinceCounts(GetProvinceCountsRequest request, StreamObserver<ProvinceCounts> response) {
    if (!request.getName().equals("provinces/" + Tenant.province() + "/counts")) {
      throw new DomainException.InvalidInput("name", "must look like provinces/{province}/counts");
    }
    reply(response, () -> RegistryMapper.toProto(registry.counts()));
  }

  private <T> void reply(StreamObserver<T> response, Supplier<T> work) {
    response.onNext(transactions.execute(status -> work.get()));
    response.onCompleted();
  }

  private static String requestId(String requestId) {
    if (requestId.isEmpty()) {
      return null;
    }
    if (requestId.length() > 100) {
      throw new DomainException.InvalidInput("request_id", "must be at most 100 characters");
    }
    return requestId;
  }

  private static vn.antq.registry.domain.Sector sectorFilter(vn.antq.registry.v1.Sector sector) {
    return sector == vn.antq.registry.v1.Sector.UNRECOGNIZED
        ? failFilter("sector") : RegistryMapper.sector(sector);
  }

  private static <T> T failFilter(String field) {
    throw new DomainException.InvalidInput(field, "unknown value");
  }

}

package vn.antq.registry.grpc;

import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.grpc.contract.ResourceNames;
import vn.antq.registry.domain.MemberCount;
import vn.antq.registry.domain.ModelFilter;
import vn.antq.registry.domain.ModelStatus;
import vn.antq.registry.domain.Page;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.RegistryService;
import vn.antq.registry.domain.national.CatalogueFilter;
import vn.antq.registry.domain.national.ExternalFigureGatherer;
import vn.antq.registry.domain.national.ProvinceReplication;
import vn.antq.registry.domain.review.ReviewService;
import vn.antq.registry.v1.AdoptTemplateRequest;
import vn.antq.registry.v1.ApplyTemplateVersionRequest;
import vn.antq.registry.v1.BatchGetGroupsRequest;
import vn.antq.registry.v1.BatchGetGroupsResponse;
import vn.antq.registry.v1.CreateGroupRequest;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.CreateReplicationPointRequest;
import vn.antq.registry.v1.GetGroupRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.GetNominationRequest;
import vn.antq.registry.v1.GetProvinceCountsRequest;
import vn.antq.registry.v1.GetReplicationPointRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.ListCatalogueRequest;
import vn.antq.registry.v1.ListCatalogueResponse;
import vn.antq.registry.v1.ListGroupsRequest;
import vn.antq.registry.v1.ListGroupsResponse;
import vn.antq.registry.v1.ListModelReviewsRequest;
import vn.antq.registry.v1.ListModelReviewsResponse;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ListModelsResponse;
import vn.antq.registry.v1.ListNominationsRequest;
import vn.antq.registry.v1.ListNominationsResponse;
import vn.antq.registry.v1.ListReplicationPointsRequest;
import vn.antq.registry.v1.ListReplicationPointsResponse;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.NominateModelRequest;
import vn.antq.registry.v1.Nomination;
import vn.antq.registry.v1.ProvinceCounts;
import vn.antq.registry.v1.RefreshMemberCountsRequest;
import vn.antq.registry.v1.RefreshMemberCountsResponse;
import vn.antq.registry.v1.ReplicationPoint;
import vn.antq.registry.v1.RetireModelRequest;
import vn.antq.registry.v1.ReviewModelsRequest;
import vn.antq.registry.v1.ReviewModelsResponse;
import vn.antq.registry.v1.UpdateModelRequest;
import vn.antq.registry.v1.WarnModelRequest;

/** The registry contract: request shape checks and mapping; one transaction per call; rules live in the domain. */
@Service
public class ModelRegistryGrpcService extends ModelRegistryGrpc.ModelRegistryImplBase {

  private final RegistryService registry;
  private final ProvinceReplication replication;
  private final ReviewService reviews;
  private final ExternalFigureGatherer gatherer;
  private final TransactionTemplate transactions;
  private final MeterRegistry meters;

  public ModelRegistryGrpcService(RegistryService registry, ProvinceReplication replication, ReviewService reviews,
                                  ExternalFigureGatherer gatherer, TransactionTemplate transactions,
                                  MeterRegistry meters) {
    this.registry = registry;
    this.replication = replication;
    this.reviews = reviews;
    this.gatherer = gatherer;
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
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      Page<vn.antq.registry.domain.Model> page = registry.listModels(filter, request.getPageSize(), cursor);
      return ListModelsResponse.newBuilder()
          .addAllModels(page.items().stream().map(RegistryMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
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
        ProtoTime.date("replication_point.established_date",
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
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = registry.listPoints(model, request.getPageSize(), cursor);
      return ListReplicationPointsResponse.newBuilder()
          .addAllReplicationPoints(page.items().stream().map(p -> RegistryMapper.toProto(Tenant.province(), p)).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
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
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = registry.listGroups(ids[0], ids[1], request.getPageSize(), cursor);
      return ListGroupsResponse.newBuilder()
          .addAllGroups(page.items().stream().map(g -> RegistryMapper.toProto(Tenant.province(), g)).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
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

  @Override
  public void nominateModel(NominateModelRequest request, StreamObserver<Nomination> response) {
    UUID model = ResourceNames.parse("name", request.getName(), "models")[0];
    String requestId = requestId(request.getRequestId());
    // Other services are asked before the transaction opens: no connection waits on them.
    var external = gatherer.gather(Tenant.province(), model, Period.containing(LocalDate.now()));
    reply(response, () -> NationalMapper.toProto(replication.nominate(model, request.getNote(), requestId, external)));
  }

  @Override
  public void getNomination(GetNominationRequest request, StreamObserver<Nomination> response) {
    UUID id = ResourceNames.parse("name", request.getName(), "nominations")[0];
    reply(response, () -> NationalMapper.toProto(replication.getNomination(id)));
  }

  @Override
  public void listNominations(ListNominationsRequest request, StreamObserver<ListNominationsResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = replication.nominations(request.getPageSize(), cursor);
      return ListNominationsResponse.newBuilder()
          .addAllNominations(page.items().stream().map(NationalMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .build();
    });
  }

  @Override
  public void listCatalogue(ListCatalogueRequest request, StreamObserver<ListCatalogueResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    CatalogueFilter filter = new CatalogueFilter(RegistryMapper.sector("sector", request.getSector()),
        VietnameseText.fold(request.getText()));
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = replication.catalogue(filter, request.getPageSize(), cursor);
      return ListCatalogueResponse.newBuilder()
          .addAllEntries(page.items().stream().map(NationalMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .build();
    });
  }

  @Override
  public void adoptTemplate(AdoptTemplateRequest request, StreamObserver<Model> response) {
    ResourceNames.parse("parent", request.getParent());
    UUID template = RegistryNames.template("template", request.getTemplate());
    int version = version(request.getVersion());
    String requestId = requestId(request.getRequestId());
    reply(response, () -> RegistryMapper.toProto(replication.adopt(template, version, request.getCode(), requestId)));
  }

  @Override
  public void applyTemplateVersion(ApplyTemplateVersionRequest request, StreamObserver<Model> response) {
    UUID model = ResourceNames.parse("name", request.getName(), "models")[0];
    int version = version(request.getVersion());
    reply(response, () -> RegistryMapper.toProto(replication.applyVersion(model, version)));
  }

  @Override
  public void reviewModels(ReviewModelsRequest request, StreamObserver<ReviewModelsResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    Period period = Period.parse("period", request.getPeriod());
    List<UUID> models = transactions.execute(status -> reviews.modelsToReview());
    var gathered = gatherer.gatherAll(Tenant.province(), models, period);
    reply(response, () -> ReviewModelsResponse.newBuilder()
        .addAllReviews(reviews.record(period, gathered).stream().map(ReviewMapper::toProto).toList())
        .build());
  }

  @Override
  public void listModelReviews(ListModelReviewsRequest request, StreamObserver<ListModelReviewsResponse> response) {
    UUID model = ResourceNames.parse("parent", request.getParent(), "models")[0];
    reply(response, () -> ListModelReviewsResponse.newBuilder()
        .addAllReviews(reviews.history(model).stream().map(ReviewMapper::toProto).toList())
        .build());
  }

  @Override
  public void warnModel(WarnModelRequest request, StreamObserver<Model> response) {
    UUID model = ResourceNames.parse("name", request.getName(), "models")[0];
    reply(response, () -> RegistryMapper.toProto(registry.warn(model, request.getReason())));
  }

  @Override
  public void retireModel(RetireModelRequest request, StreamObserver<Model> response) {
    UUID model = ResourceNames.parse("name", request.getName(), "models")[0];
    var decision = RegistryMapper.decision("decision", request.getDecision());
    reply(response, () -> RegistryMapper.toProto(registry.retire(model, decision, request.getReason())));
  }

  private static int version(int version) {
    if (version < 0) {
      throw new DomainException.InvalidInput("version", "must not be negative");
    }
    return version;
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

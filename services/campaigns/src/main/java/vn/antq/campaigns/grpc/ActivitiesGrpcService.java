package vn.antq.campaigns.grpc;

import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.campaigns.domain.ActivityFilter;
import vn.antq.campaigns.domain.CampaignDraft;
import vn.antq.campaigns.domain.CampaignService;
import vn.antq.campaigns.domain.FollowUpStatus;
import vn.antq.campaigns.domain.ForumService;
import vn.antq.campaigns.domain.LinkedModels;
import vn.antq.campaigns.domain.PatrolDraft;
import vn.antq.campaigns.domain.PatrolService;
import vn.antq.campaigns.domain.Period;
import vn.antq.campaigns.domain.TrainingService;
import vn.antq.campaigns.v1.ActivitiesGrpc;
import vn.antq.campaigns.v1.BatchCreateCampaignsRequest;
import vn.antq.campaigns.v1.BatchCreateCampaignsResponse;
import vn.antq.campaigns.v1.BatchCreatePatrolsRequest;
import vn.antq.campaigns.v1.BatchCreatePatrolsResponse;
import vn.antq.campaigns.v1.Campaign;
import vn.antq.campaigns.v1.CreateCampaignRequest;
import vn.antq.campaigns.v1.CreateForumRequest;
import vn.antq.campaigns.v1.CreatePatrolRequest;
import vn.antq.campaigns.v1.CreateTrainingClassRequest;
import vn.antq.campaigns.v1.Forum;
import vn.antq.campaigns.v1.GetCampaignRequest;
import vn.antq.campaigns.v1.GetForumRequest;
import vn.antq.campaigns.v1.GetPatrolRequest;
import vn.antq.campaigns.v1.GetTrainingClassRequest;
import vn.antq.campaigns.v1.ListCampaignsRequest;
import vn.antq.campaigns.v1.ListCampaignsResponse;
import vn.antq.campaigns.v1.ListForumsRequest;
import vn.antq.campaigns.v1.ListForumsResponse;
import vn.antq.campaigns.v1.ListPatrolsRequest;
import vn.antq.campaigns.v1.ListPatrolsResponse;
import vn.antq.campaigns.v1.ListTrainingClassesRequest;
import vn.antq.campaigns.v1.ListTrainingClassesResponse;
import vn.antq.campaigns.v1.Opinion;
import vn.antq.campaigns.v1.Patrol;
import vn.antq.campaigns.v1.TrainingClass;
import vn.antq.campaigns.v1.UpdateCampaignRequest;
import vn.antq.campaigns.v1.UpdateOpinionRequest;
import vn.antq.core.DomainException;
import vn.antq.core.Violations;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.RequestIds;
import vn.antq.grpc.contract.ResourceNames;

/**
 * The Activities contract: request shape and mapping; rules live in the domain. Linked models are
 * checked with the registry before the transaction opens; everything else runs in one transaction.
 */
@Service
public class ActivitiesGrpcService extends ActivitiesGrpc.ActivitiesImplBase {

  private final CampaignService campaigns;
  private final ForumService forums;
  private final PatrolService patrols;
  private final TrainingService trainings;
  private final LinkedModels linkedModels;
  private final Replies replies;

  public ActivitiesGrpcService(CampaignService campaigns, ForumService forums, PatrolService patrols,
                               TrainingService trainings, LinkedModels linkedModels, Replies replies) {
    this.campaigns = campaigns;
    this.forums = forums;
    this.patrols = patrols;
    this.trainings = trainings;
    this.linkedModels = linkedModels;
    this.replies = replies;
  }

  @Override
  public void createCampaign(CreateCampaignRequest request, StreamObserver<Campaign> response) {
    CampaignNames.province("parent", request.getParent());
    String requestId = RequestIds.optional("request_id", request.getRequestId());
    Violations shape = new Violations();
    CampaignDraft draft = CampaignMapper.draft(request.getCampaign(), "campaign.", shape);
    shape.throwIfAny();
    CampaignDraft clean = campaigns.validate(draft, "campaign.");
    linkedModels.requireExisting(Map.of("campaign.models", clean.models()));
    replies.reply(response, () -> CampaignMapper.toProto(campaigns.create(clean, requestId)));
  }

  @Override
  public void batchCreateCampaigns(BatchCreateCampaignsRequest request,
                                   StreamObserver<BatchCreateCampaignsResponse> response) {
    CampaignNames.province("parent", request.getParent());
    Violations shape = new Violations();
    List<CampaignDraft> drafts = new ArrayList<>();
    List<String> requestIds = new ArrayList<>();
    for (int i = 0; i < request.getRequestsCount(); i++) {
      CreateCampaignRequest item = request.getRequests(i);
      String prefix = "requests[" + i + "].";
      checkItemParent(request.getParent(), item.getParent(), prefix, shape);
      requestIds.add(RequestIds.optional(prefix + "request_id", item.getRequestId()));
      drafts.add(CampaignMapper.draft(item.getCampaign(), prefix + "campaign.", shape));
    }
    shape.throwIfAny();
    List<CampaignDraft> clean = campaigns.validateAll(drafts);
    Map<String, List<UUID>> models = new LinkedHashMap<>();
    for (int i = 0; i < clean.size(); i++) {
      models.put("requests[" + i + "].campaign.models", clean.get(i).models());
    }
    linkedModels.requireExisting(models);
    replies.reply(response, () -> BatchCreateCampaignsResponse.newBuilder()
        .addAllCampaigns(campaigns.createAll(clean, requestIds).stream().map(CampaignMapper::toProto).toList())
        .build());
  }

  @Override
  public void getCampaign(GetCampaignRequest request, StreamObserver<Campaign> response) {
    UUID id = CampaignNames.CAMPAIGN.uuid("name", request.getName());
    replies.reply(response, () -> CampaignMapper.toProto(campaigns.get(id)));
  }

  @Override
  public void listCampaigns(ListCampaignsRequest request, StreamObserver<ListCampaignsResponse> response) {
    CampaignNames.province("parent", request.getParent());
    ActivityFilter filter = filter(request.getPeriod(), request.getDistrict());
    String cursor = PageTokens.decode(request.getPageToken());
    replies.reply(response, () -> {
      var page = campaigns.list(filter, request.getPageSize(), cursor);
      return ListCampaignsResponse.newBuilder()
          .addAllCampaigns(page.items().stream().map(CampaignMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  @Override
  public void updateCampaign(UpdateCampaignRequest request, StreamObserver<Campaign> response) {
    UUID id = CampaignNames.CAMPAIGN.uuid("campaign.name", request.getCampaign().getName());
    List<String> fields = request.hasUpdateMask() && request.getUpdateMask().getPathsCount() > 0
        ? request.getUpdateMask().getPathsList() : CampaignService.UPDATABLE;
    Violations shape = new Violations();
    CampaignDraft changes = CampaignMapper.draft(request.getCampaign(), "campaign.", shape);
    shape.throwIfAny();
    if (fields.contains("models")) {
      linkedModels.requireExisting(Map.of("campaign.models", changes.models()));
    }
    replies.reply(response, () -> CampaignMapper.toProto(campaigns.update(id, changes, fields)));
  }

  @Override
  public void createForum(CreateForumRequest request, StreamObserver<Forum> response) {
    CampaignNames.province("parent", request.getParent());
    String requestId = RequestIds.optional("request_id", request.getRequestId());
    Violations shape = new Violations();
    var draft = ForumMapper.draft(request.getForum(), shape);
    shape.throwIfAny();
    replies.reply(response, () -> ForumMapper.toProto(forums.create(draft, requestId)));
  }

  @Override
  public void getForum(GetForumRequest request, StreamObserver<Forum> response) {
    UUID id = CampaignNames.FORUM.uuid("name", request.getName());
    replies.reply(response, () -> ForumMapper.toProto(forums.get(id)));
  }

  @Override
  public void listForums(ListForumsRequest request, StreamObserver<ListForumsResponse> response) {
    CampaignNames.province("parent", request.getParent());
    ActivityFilter filter = filter(request.getPeriod(), request.getDistrict());
    String cursor = PageTokens.decode(request.getPageToken());
    replies.reply(response, () -> {
      var page = forums.list(filter, request.getPageSize(), cursor);
      return ListForumsResponse.newBuilder()
          .addAllForums(page.items().stream().map(ForumMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  @Override
  public void updateOpinion(UpdateOpinionRequest request, StreamObserver<Opinion> response) {
    List<String> ids = CampaignNames.OPINION.match("opinion.name", request.getOpinion().getName());
    UUID forum = ResourceNames.uuid("opinion.name", ids.get(0));
    UUID opinion = ResourceNames.uuid("opinion.name", ids.get(1));
    List<String> mask = request.getUpdateMask().getPathsList();
    if (!mask.isEmpty() && !mask.equals(List.of("follow_up_status"))) {
      throw new DomainException.InvalidInput("update_mask", "only follow_up_status can change");
    }
    FollowUpStatus status = Protos.toDomain(FollowUpStatus.class, request.getOpinion().getFollowUpStatus());
    replies.reply(response, () -> ForumMapper.toProto(forums.updateFollowUp(forum, opinion, status)));
  }

  @Override
  public void createPatrol(CreatePatrolRequest request, StreamObserver<Patrol> response) {
    CampaignNames.province("parent", request.getParent());
    String requestId = RequestIds.optional("request_id", request.getRequestId());
    Violations shape = new Violations();
    PatrolDraft draft = PatrolMapper.draft(request.getPatrol(), "patrol.", shape);
    shape.throwIfAny();
    replies.reply(response, () -> PatrolMapper.toProto(patrols.create(draft, requestId)));
  }

  @Override
  public void batchCreatePatrols(BatchCreatePatrolsRequest request, StreamObserver<BatchCreatePatrolsResponse> response) {
    CampaignNames.province("parent", request.getParent());
    Violations shape = new Violations();
    List<PatrolDraft> drafts = new ArrayList<>();
    List<String> requestIds = new ArrayList<>();
    for (int i = 0; i < request.getRequestsCount(); i++) {
      CreatePatrolRequest item = request.getRequests(i);
      String prefix = "requests[" + i + "].";
      checkItemParent(request.getParent(), item.getParent(), prefix, shape);
      requestIds.add(RequestIds.optional(prefix + "request_id", item.getRequestId()));
      drafts.add(PatrolMapper.draft(item.getPatrol(), prefix + "patrol.", shape));
    }
    shape.throwIfAny();
    replies.reply(response, () -> BatchCreatePatrolsResponse.newBuilder()
        .addAllPatrols(patrols.createAll(drafts, requestIds).stream().map(PatrolMapper::toProto).toList())
        .build());
  }

  @Override
  public void getPatrol(GetPatrolRequest request, StreamObserver<Patrol> response) {
    UUID id = CampaignNames.PATROL.uuid("name", request.getName());
    replies.reply(response, () -> PatrolMapper.toProto(patrols.get(id)));
  }

  @Override
  public void listPatrols(ListPatrolsRequest request, StreamObserver<ListPatrolsResponse> response) {
    CampaignNames.province("parent", request.getParent());
    ActivityFilter filter = filter(request.getPeriod(), request.getDistrict());
    String cursor = PageTokens.decode(request.getPageToken());
    replies.reply(response, () -> {
      var page = patrols.list(filter, request.getPageSize(), cursor);
      return ListPatrolsResponse.newBuilder()
          .addAllPatrols(page.items().stream().map(PatrolMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  @Override
  public void createTrainingClass(CreateTrainingClassRequest request, StreamObserver<TrainingClass> response) {
    CampaignNames.province("parent", request.getParent());
    String requestId = RequestIds.optional("request_id", request.getRequestId());
    Violations shape = new Violations();
    var draft = TrainingMapper.draft(request.getTrainingClass(), shape);
    shape.throwIfAny();
    replies.reply(response, () -> TrainingMapper.toProto(trainings.create(draft, requestId)));
  }

  @Override
  public void getTrainingClass(GetTrainingClassRequest request, StreamObserver<TrainingClass> response) {
    UUID id = CampaignNames.TRAINING_CLASS.uuid("name", request.getName());
    replies.reply(response, () -> TrainingMapper.toProto(trainings.get(id)));
  }

  @Override
  public void listTrainingClasses(ListTrainingClassesRequest request,
                                  StreamObserver<ListTrainingClassesResponse> response) {
    CampaignNames.province("parent", request.getParent());
    ActivityFilter filter = filter(request.getPeriod(), request.getDistrict());
    String cursor = PageTokens.decode(request.getPageToken());
    replies.reply(response, () -> {
      var page = trainings.list(filter, request.getPageSize(), cursor);
      return ListTrainingClassesResponse.newBuilder()
          .addAllTrainingClasses(page.items().stream().map(TrainingMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  private static ActivityFilter filter(String period, String district) {
    return ActivityFilter.of(period.isEmpty() ? null : Period.existing("period", period), district);
  }

  /** AIP-233: an item's parent is empty or the batch's own. */
  private static void checkItemParent(String batchParent, String itemParent, String prefix, Violations shape) {
    shape.check(itemParent.isEmpty() || itemParent.equals(batchParent), prefix + "parent",
        "must be empty or equal to the batch's parent");
  }
}

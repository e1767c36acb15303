package vn.antq.launcher.seed;

import java.util.ArrayList;
import java.util.List;
import vn.antq.campaigns.v1.ActivitiesGrpc;
import vn.antq.campaigns.v1.ApprovePeriodRequest;
import vn.antq.campaigns.v1.BatchCreateCampaignsRequest;
import vn.antq.campaigns.v1.BatchCreatePatrolsRequest;
import vn.antq.campaigns.v1.CreateForumRequest;
import vn.antq.campaigns.v1.CreateTrainingClassRequest;
import vn.antq.campaigns.v1.GetPeriodRequest;
import vn.antq.campaigns.v1.PeriodState;
import vn.antq.campaigns.v1.ReportUnitResultsRequest;
import vn.antq.campaigns.v1.ResultsGrpc;
import vn.antq.campaigns.v1.UnitResults;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;

/**
 * Loads the campaigns demo data as a province's own system would: its machine client calls the
 * public gRPC API, launches and patrols in batches, linking models the registry seed created. The
 * province administrator's client then approves the year, which locks it.
 */
final class CampaignsSeed implements DemoSeed {

  private static final int BATCH = 200;

  @Override
  public String seed(SeedContext context) {
    int launches = 0;
    int patrols = 0;
    int forums = 0;
    int trainings = 0;
    int results = 0;
    List<String> approved = new ArrayList<>();
    for (CampaignsDemoData.Province province : CampaignsDemoData.load((slug, client) -> models(context, slug, client))) {
      String parent = "provinces/" + province.slug();
      var activities = ActivitiesGrpc.newBlockingStub(context.channel("campaigns"))
          .withCallCredentials(context.credentials(province.client()));
      var reports = ResultsGrpc.newBlockingStub(context.channel("campaigns"))
          .withCallCredentials(context.credentials(province.client()));
      for (int from = 0; from < province.launches().size(); from += BATCH) {
        activities.batchCreateCampaigns(BatchCreateCampaignsRequest.newBuilder().setParent(parent)
            .addAllRequests(province.launches().subList(from, Math.min(from + BATCH, province.launches().size())))
            .build());
      }
      for (int from = 0; from < province.patrols().size(); from += BATCH) {
        activities.batchCreatePatrols(BatchCreatePatrolsRequest.newBuilder().setParent(parent)
            .addAllRequests(province.patrols().subList(from, Math.min(from + BATCH, province.patrols().size())))
            .build());
      }
      for (CreateForumRequest forum : province.forums()) {
        activities.createForum(forum.toBuilder().setParent(parent).build());
      }
      for (CreateTrainingClassRequest training : province.trainings()) {
        activities.createTrainingClass(training.toBuilder().setParent(parent).build());
      }
      String year = parent + "/periods/" + province.year();
      // A locked year already holds its results (an earlier run approved it); they cannot change now.
      if (reports.getPeriod(GetPeriodRequest.newBuilder().setName(year).build()).getState() == PeriodState.OPEN) {
        for (UnitResults unit : province.results()) {
          reports.reportUnitResults(ReportUnitResultsRequest.newBuilder().setUnitResults(unit).build());
        }
      }
      if (province.adminClient() != null) {
        ResultsGrpc.newBlockingStub(context.channel("campaigns"))
            .withCallCredentials(context.credentials(province.adminClient()))
            .approvePeriod(ApprovePeriodRequest.newBuilder().setName(year).build());
        approved.add(province.slug() + " " + province.year());
      }
      launches += province.launches().size();
      patrols += province.patrols().size();
      forums += province.forums().size();
      trainings += province.trainings().size();
      results += province.results().size();
    }
    return String.format("campaigns: %d launches, %d patrols, %d forums, %d training classes, %d unit results;"
        + " approved and locked: %s", launches, patrols, forums, trainings, results, String.join(", ", approved));
  }

  /** The province's registry models, for launches to link (the registry seed runs first). */
  private static List<String> models(SeedContext context, String slug, String client) {
    return ModelRegistryGrpc.newBlockingStub(context.channel("registry")).withCallCredentials(context.credentials(client))
        .listModels(ListModelsRequest.newBuilder().setParent("provinces/" + slug).setPageSize(500).build())
        .getModelsList().stream().map(Model::getName).toList();
  }
}

package vn.antq.launcher.seed;

import java.util.ArrayList;
import java.util.List;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.ListGroupsRequest;
import vn.antq.registry.v1.ListGroupsResponse;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ListReplicationPointsRequest;
import vn.antq.registry.v1.ListReplicationPointsResponse;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.ReplicationPoint;

/** Every group of a province, read through the registry's public API, with its model and place. */
public final class RegistryGroups {

  /** A group and where it sits. */
  public record Placed(String modelCode, String sector, String commune, String district, Group group) {

    public String groupId() {
      return group.getName().substring(group.getName().lastIndexOf('/') + 1);
    }
  }

  private RegistryGroups() {}

  /** In model-code order, then in the registry's order of points and groups. */
  public static List<Placed> of(ModelRegistryGrpc.ModelRegistryBlockingStub registry, String province) {
    List<Placed> placed = new ArrayList<>();
    String modelsToken = "";
    do {
      var models = registry.listModels(ListModelsRequest.newBuilder().setParent("provinces/" + province)
          .setPageSize(500).setPageToken(modelsToken).build());
      for (Model model : models.getModelsList()) {
        String pointsToken = "";
        do {
          ListReplicationPointsResponse points = registry.listReplicationPoints(ListReplicationPointsRequest
              .newBuilder().setParent(model.getName()).setPageSize(500).setPageToken(pointsToken).build());
          for (ReplicationPoint point : points.getReplicationPointsList()) {
            String groupsToken = "";
            do {
              ListGroupsResponse groups = registry.listGroups(ListGroupsRequest.newBuilder()
                  .setParent(point.getName()).setPageSize(500).setPageToken(groupsToken).build());
              groups.getGroupsList().forEach(group -> placed.add(new Placed(model.getCode(), model.getSector().name(),
                  point.getCommune(), point.getDistrict(), group)));
              groupsToken = groups.getNextPageToken();
            } while (!groupsToken.isEmpty());
          }
          pointsToken = points.getNextPageToken();
        } while (!pointsToken.isEmpty());
      }
      modelsToken = models.getNextPageToken();
    } while (!modelsToken.isEmpty());
    return placed;
  }
}

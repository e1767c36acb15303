package vn.antq.launcher.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.antq.registry.v1.CreateGroupRequest;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.CreateReplicationPointRequest;
import vn.antq.registry.v1.Group;
import vn.antq.registry.v1.Model;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.ReplicationPoint;
import vn.antq.registry.v1.Sector;

/**
 * Loads the demo data the way a province's own system would: a machine client of that province
 * gets a token from identity and calls the public gRPC API. Every create carries a fixed
 * request_id, so seeding twice creates nothing twice.
 */
public final class RegistrySeed implements DemoSeed {

  private static final int PARALLEL_MODELS = 4;

  @Override
  public String seed(SeedContext context) {
    int groups = 0;
    for (RegistryDemoData.Province province : RegistryDemoData.load()) {
      var registry = ModelRegistryGrpc.newBlockingStub(context.channel("registry"))
          .withCallCredentials(context.credentials(province.client()));
      groups += seed(registry, province);
    }
    return "registry: models, replication points, " + groups + " groups (their members come with the members seed)";
  }

  /**
   * Each model with its points and groups is one chain of calls that depends on no other model,
   * so a few models are created at once (one after the other, the seed mostly waited for replies).
   */
  private static int seed(ModelRegistryGrpc.ModelRegistryBlockingStub registry, RegistryDemoData.Province province) {
    ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_MODELS);
    try {
      List<Future<Integer>> models = new ArrayList<>();
      for (RegistryDemoData.ModelSeed seed : province.models()) {
        models.add(workers.submit(() -> seedModel(registry, province, seed)));
      }
      int groups = 0;
      for (Future<Integer> model : models) {
        groups += model.get();
      }
      return groups;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while seeding the registry", e);
    } finally {
      workers.shutdownNow();
    }
  }

  private static int seedModel(ModelRegistryGrpc.ModelRegistryBlockingStub registry, RegistryDemoData.Province province,
                               RegistryDemoData.ModelSeed seed) {
    String prefix = "demo-" + province.slug() + "-";
    int groups = 0;
    Model model = registry.createModel(CreateModelRequest.newBuilder()
        .setParent("provinces/" + province.slug())
        .setRequestId(prefix + seed.code())
        .setModel(Model.newBuilder().setCode(seed.code()).setDisplayName(seed.name())
            .setSector(Sector.valueOf(seed.sector())).setStatus(ModelStatus.ACTIVE)
            .setDescription(seed.recognised()
                ? "Được Bộ Công an công nhận và nhân rộng trên toàn quốc." : ""))
        .build());
    for (int p = 0; p < seed.points().size(); p++) {
      RegistryDemoData.PointSeed pointSeed = seed.points().get(p);
      ReplicationPoint point = registry.createReplicationPoint(CreateReplicationPointRequest.newBuilder()
          .setParent(model.getName())
          .setRequestId(prefix + seed.code() + "-p" + p)
          .setReplicationPoint(ReplicationPoint.newBuilder()
              .setDisplayName("Điểm " + pointSeed.commune())
              .setCommune(pointSeed.commune()).setDistrict(pointSeed.district()))
          .build());
      for (int g = 0; g < pointSeed.groupMembers().size(); g++, groups++) {
        registry.createGroup(CreateGroupRequest.newBuilder()
            .setParent(point.getName())
            .setRequestId(prefix + seed.code() + "-p" + p + "-g" + g)
            .setGroup(Group.newBuilder().setDisplayName("Tổ " + (g + 1)))
            .build());
      }
    }
    return groups;
  }
}

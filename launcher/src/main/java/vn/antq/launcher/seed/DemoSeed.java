package vn.antq.launcher.seed;

/**
 * Demo data of one service, loaded through that service's public gRPC API with a province's
 * machine client, as a province's own system would. Seeds carry fixed request_ids, so loading twice
 * creates nothing twice.
 */
public interface DemoSeed {

  /** Loads the data and returns a one-line summary for the console. */
  String seed(SeedContext context);
}

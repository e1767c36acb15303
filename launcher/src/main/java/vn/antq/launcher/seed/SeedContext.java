package vn.antq.launcher.seed;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/** What a demo seed may use: tokens of the demo clients and a channel to each service's public gRPC API. Seeds use it from several threads at once. */
public final class SeedContext implements AutoCloseable {

  private final String identityUrl;
  private final ToIntFunction<String> grpcPorts;
  private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  public SeedContext(String identityUrl, ToIntFunction<String> grpcPorts) {
    this.identityUrl = identityUrl;
    this.grpcPorts = grpcPorts;
  }

  /** Credentials of a demo machine client, e.g. {@code bac-lieu-sync}. */
  public Bearer credentials(String clientId) {
    return new Bearer(tokens.computeIfAbsent(clientId, id -> Tokens.clientCredentials(identityUrl, id)));
  }

  /** A plaintext channel to the named service of platform.yml, opened once. */
  public ManagedChannel channel(String service) {
    return channels.computeIfAbsent(service, name ->
        NettyChannelBuilder.forAddress("127.0.0.1", grpcPorts.applyAsInt(name)).usePlaintext().build());
  }

  @Override
  public void close() {
    channels.values().forEach(ManagedChannel::shutdownNow);
  }
}

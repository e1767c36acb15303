package vn.antq.configwatch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.cloud.config.client.ConfigClientProperties;

/**
 * Tells whether the configuration the config server serves this application has changed since
 * the last look, by a digest of the server's answer for its name, profiles and label. Reading that
 * answer is cheap; a full refresh of the application context is not (it rebuilds the environment
 * and rebinds every configuration bean), so the watch refreshes only on a change.
 */
final class ConfigServerChanges {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final ConfigClientProperties client;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private byte[] lastSeen;

  ConfigServerChanges(ConfigClientProperties client) {
    this.client = client;
  }

  /**
   * True when the served configuration differs from the last answer, or on the first answer (the
   * configuration may have changed between start-up and then). False when no server answers: the
   * next look decides.
   */
  synchronized boolean changed() {
    Optional<byte[]> digest = served();
    if (digest.isEmpty()) {
      return false;
    }
    boolean changed = lastSeen == null || !Arrays.equals(lastSeen, digest.get());
    lastSeen = digest.get();
    return changed;
  }

  /** The first configured server that answers 200, as the config client itself tries them. */
  private Optional<byte[]> served() {
    for (String uri : client.getUri()) {
      try {
        HttpResponse<byte[]> response = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 200) {
          return Optional.of(MessageDigest.getInstance("SHA-256").digest(response.body()));
        }
      } catch (IOException | IllegalArgumentException e) {
        // this server is away or misconfigured: try the next
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
      }
    }
    return Optional.empty();
  }

  private HttpRequest request(String uri) {
    String path = "/" + client.getName() + "/" + client.getProfile()
        + (client.getLabel() == null || client.getLabel().isBlank() ? "" : "/" + client.getLabel());
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.replaceAll("/+$", "") + path))
        .timeout(TIMEOUT)
        .header("Accept", "application/json");
    if (client.getUsername() != null && client.getPassword() != null) {
      String credentials = client.getUsername() + ":" + client.getPassword();
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    client.getHeaders().forEach(request::header);
    return request.build();
  }
}

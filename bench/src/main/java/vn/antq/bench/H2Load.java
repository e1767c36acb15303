package vn.antq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * h2load (nghttp2's load generator, Debian package {@code nghttp2-client}) as the one client of
 * both sides of figure 1: HTTP/1.1 to the gateway's REST API, HTTP/2 with gRPC framing to the
 * service. The same C client on both sides keeps the client's own cost out of the comparison: a
 * JVM client costs more CPU per request than the work it measures on a two-core machine, and more
 * for {@code HttpClient} than for grpc-java.
 */
final class H2Load {

  private static final Pattern REQUESTS = Pattern.compile("requests: .* (\\d+) errored, (\\d+) timeout");
  private static final Pattern STATUS = Pattern.compile("status codes: (\\d+) 2xx, (\\d+) 3xx, (\\d+) 4xx, (\\d+) 5xx");
  private static final Pattern DATA = Pattern.compile("\\((\\d+)\\) data");

  private final Path executable;

  private H2Load(Path executable) {
    this.executable = executable;
  }

  /** h2load from the PATH, if installed. */
  static Optional<H2Load> find() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .map(directory -> Path.of(directory, "h2load"))
        .filter(Files::isExecutable)
        .findFirst()
        .map(H2Load::new);
  }

  /** GETs {@code url} over HTTP/1.1 keep-alive connections, one request at a time on each. */
  Load.Side rest(String url, String token, int connections) {
    return (round, latencies, errors) -> {
      Counts counts = run(round.toSeconds(), connections, List.of("--h1", "-H", "authorization: Bearer " + token, url));
      counts.countFailures(errors);
      return counts.succeeded;
    };
  }

  /**
   * Calls a unary gRPC method with the same serialized request on HTTP/2 connections, one call at a
   * time on each. gRPC reports failures in trailers under HTTP 200, which h2load counts as success;
   * a failed call carries no message, so the received data must add up to one {@code replyBytes}
   * (the answer's gRPC frame) per call, and what is missing is counted as failed calls.
   */
  Load.Side grpc(String target, String fullMethodName, byte[] message, int replyBytes, String token, int connections) {
    Path body = framed(message);
    return (round, latencies, errors) -> {
      Counts counts = run(round.toSeconds(), connections, List.of(
          "-H", "content-type: application/grpc", "-H", "te: trailers", "-H", "authorization: Bearer " + token,
          "-d", body.toString(), "http://" + target + "/" + fullMethodName));
      counts.countFailures(errors);
      long withMessage = Math.min(counts.succeeded, counts.dataBytes / replyBytes);
      errors.count("gRPC call without a message", counts.succeeded - withMessage);
      return withMessage;
    };
  }

  private Counts run(long seconds, int connections, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "-D", Long.toString(seconds),
        "-c", Integer.toString(connections), "-t", "1"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("h2load failed: " + output);
    }
    return Counts.parse(output);
  }

  /** The request body of a gRPC call: not compressed (0), its length, the message. */
  private static Path framed(byte[] message) {
    try {
      Path file = Files.createTempFile("antq-bench-grpc", ".bin");
      file.toFile().deleteOnExit();
      byte[] frame = new byte[5 + message.length];
      frame[1] = (byte) (message.length >>> 24);
      frame[2] = (byte) (message.length >>> 16);
      frame[3] = (byte) (message.length >>> 8);
      frame[4] = (byte) message.length;
      System.arraycopy(message, 0, frame, 5, message.length);
      return Files.write(file, frame);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What h2load printed at the end of a run; only 2xx answers count as succeeded. */
  private record Counts(long succeeded, long status3xx, long status4xx, long status5xx, long errored, long timedOut,
                        long dataBytes) {

    static Counts parse(String output) {
      Matcher requests = find(REQUESTS, output);
      Matcher status = find(STATUS, output);
      Matcher data = find(DATA, output);
      return new Counts(Long.parseLong(status.group(1)), Long.parseLong(status.group(2)),
          Long.parseLong(status.group(3)), Long.parseLong(status.group(4)), Long.parseLong(requests.group(1)),
          Long.parseLong(requests.group(2)), Long.parseLong(data.group(1)));
    }

    void countFailures(Load.Errors errors) {
      errors.count("HTTP 3xx", status3xx);
      errors.count("HTTP 4xx", status4xx);
      errors.count("HTTP 5xx", status5xx);
      errors.count("connection error", errored);
      errors.count("time-out", timedOut);
    }

    private static Matcher find(Pattern pattern, String output) {
      Matcher matcher = pattern.matcher(output);
      if (!matcher.find()) {
        throw new IllegalStateException("unexpected h2load output: " + output);
      }
      return matcher;
    }
  }
}

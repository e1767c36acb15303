package vn.antq.gateway.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem. {@code slug} names the problem type under {@link #TYPE_BASE};
 * {@code grpcStatus} is set when a backend answered with that status.
 */
public record Problem(int status, String slug, String detail, String grpcStatus, List<FieldViolation> errors) {

  public static final String TYPE_BASE = "https://antq.vn/problems/";

  /** A rejected request field, by its JSON path, e.g. {@code model.displayName}. */
  public record FieldViolation(String field, String message) {}

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(HttpStatus status, String slug, String detail) {
    return new Problem(status.value(), slug, detail, null, List.of());
  }

  public String type() {
    return TYPE_BASE + slug;
  }

  /** "invalid-argument" reads "Invalid argument". */
  public String title() {
    String words = slug.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}

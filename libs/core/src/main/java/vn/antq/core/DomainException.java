package vn.antq.core;

import java.util.List;

/**
 * Errors the domain raises, without any transport type. The gRPC layer maps each kind to a status
 * code (and the gateway to HTTP): see libs/grpc.
 */
public abstract sealed class DomainException extends RuntimeException {

  protected DomainException(String message) {
    super(message);
  }

  /** One or more fields are invalid; each violation names the field path in the request. */
  public static final class InvalidInput extends DomainException {
    private final List<FieldViolation> violations;

    public InvalidInput(List<FieldViolation> violations) {
      super(summary(violations));
      this.violations = List.copyOf(violations);
    }

    public InvalidInput(String field, String description) {
      this(List.of(new FieldViolation(field, description)));
    }

    public List<FieldViolation> violations() {
      return violations;
    }

    private static String summary(List<FieldViolation> violations) {
      return violations.size() == 1
          ? violations.get(0).field() + ": " + violations.get(0).description()
          : violations.size() + " invalid fields";
    }
  }

  public static final class NotFound extends DomainException {
    public NotFound(String resourceName) {
      super(resourceName + " not found");
    }
  }

  public static final class AlreadyExists extends DomainException {
    private final String field;

    public AlreadyExists(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** The request is well-formed but the resource's state does not allow it (e.g. a locked period). */
  public static final class FailedPrecondition extends DomainException {
    public FailedPrecondition(String message) {
      super(message);
    }
  }

  /** The resource changed since the caller read it (e.g. a stale version); re-read and retry. */
  public static final class Aborted extends DomainException {
    public Aborted(String message) {
      super(message);
    }
  }

  /** A service this operation depends on could not answer in time; the caller may retry later. */
  public static final class Unavailable extends DomainException {
    public Unavailable(String message) {
      super(message);
    }
  }

  public static final class PermissionDenied extends DomainException {
    public PermissionDenied(String message) {
      super(message);
    }
  }

  /** A field path (as in the request message, e.g. {@code model.display_name}) and why it is wrong. */
  public record FieldViolation(String field, String description) {}
}

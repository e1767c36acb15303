package vn.antq.gateway.limits;

import java.time.Duration;

/** Whether a caller's request may go on, and if not, why and when to retry. */
public sealed interface LimitDecision {

  LimitDecision ALLOWED = new Allowed();
  LimitDecision SUSPENDED = new Suspended();

  record Allowed() implements LimitDecision {}

  /** The province's status in its tenant file is not {@code active}. */
  record Suspended() implements LimitDecision {

    public String detail() {
      return "This province's access to the platform is suspended.";
    }
  }

  record Limited(Reason reason, Duration retryAfter) implements LimitDecision {

    /** Whole seconds, at least one, as Retry-After wants them. */
    public long retryAfterSeconds() {
      long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
      return Math.max(1, seconds);
    }
  }

  /** What ran out; the slug names the problem type. */
  enum Reason {
    RATE("rate-limited", "Too many requests for this caller's tier; retry later."),
    QUOTA("quota-exceeded", "The daily request quota of this caller's tier is used up; it resets at midnight.");

    private final String slug;
    private final String detail;

    Reason(String slug, String detail) {
      this.slug = slug;
      this.detail = detail;
    }

    public String slug() {
      return slug;
    }

    public String detail() {
      return detail;
    }
  }
}

package vn.antq.awards.domain;

/** Asks the registry and the members service whether a recipient's links exist. */
public interface RecipientDirectory {

  /** The outcome of one check; {@code name} is what the owning service calls it, when it answered. */
  record Check(Verification verification, String name, String field) {

    static Check verified(String name) {
      return new Check(Verification.VERIFIED, name, null);
    }
  }

  /**
   * VERIFIED (with a name), NOT_FOUND (with the field that named it), or UNVERIFIED when a service
   * could not answer. Never throws for an unavailable service: the nomination is kept regardless.
   */
  Check check(Recipient recipient);
}

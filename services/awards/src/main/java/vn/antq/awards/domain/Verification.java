package vn.antq.awards.domain;

/** What is known of a recipient's existence in the service that owns it. */
public enum Verification {
  /** Named by text only: nothing to check. */
  NOT_LINKED,
  /** Linked, but its service could not be asked yet. */
  UNVERIFIED,
  VERIFIED,
  /** Its service said, after the nomination was kept, that it does not exist. */
  NOT_FOUND;

  public boolean allowsDecision() {
    return this == NOT_LINKED || this == VERIFIED;
  }
}

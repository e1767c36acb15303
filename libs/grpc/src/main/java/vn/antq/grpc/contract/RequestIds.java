package vn.antq.grpc.contract;

import vn.antq.core.DomainException;

/** AIP-155 request ids: the idempotency key a create may carry. */
public final class RequestIds {

  static final int MAX_LENGTH = 100;

  private RequestIds() {}

  /** The key, or null when none was given. */
  public static String optional(String field, String requestId) {
    if (requestId.isEmpty()) {
      return null;
    }
    if (requestId.length() > MAX_LENGTH) {
      throw new DomainException.InvalidInput(field, "must be at most " + MAX_LENGTH + " characters");
    }
    return requestId;
  }
}

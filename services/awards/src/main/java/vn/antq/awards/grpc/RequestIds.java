package vn.antq.awards.grpc;

import vn.antq.core.DomainException;

/** The idempotency key of creates: empty means none. */
final class RequestIds {

  private static final int MAX_LENGTH = 100;

  private RequestIds() {}

  static String of(String requestId) {
    if (requestId.isEmpty()) {
      return null;
    }
    if (requestId.length() > MAX_LENGTH) {
      throw new DomainException.InvalidInput("request_id", "must be at most " + MAX_LENGTH + " characters");
    }
    return requestId;
  }
}

package vn.antq.core;

import java.util.Optional;
import java.util.UUID;

/** What an earlier create with the same request_id left behind: the record's id and the request's fingerprint. */
public record EarlierRequest(UUID id, String fingerprint) {

  /**
   * The id to answer a repeated request with, if there was an earlier one.
   *
   * @throws DomainException.AlreadyExists when the request_id came with different content
   */
  public static Optional<UUID> replay(Optional<EarlierRequest> earlier, String fingerprint, String what) {
    return earlier.map(found -> {
      if (!found.fingerprint().equals(fingerprint)) {
        throw new DomainException.AlreadyExists("request_id", "this request_id was already used for a different " + what);
      }
      return found.id();
    });
  }
}

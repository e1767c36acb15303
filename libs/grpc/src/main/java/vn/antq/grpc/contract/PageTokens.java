package vn.antq.grpc.contract;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import vn.antq.core.DomainException;

/** AIP-158 page tokens: an opaque, URL-safe form of the service's own cursor. */
public final class PageTokens {

  private PageTokens() {}

  /** The token for a cursor; empty when there is no next page. */
  public static String encode(String cursor) {
    return cursor == null ? ""
        : Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor of a token; null for the first page. */
  public static String decode(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notIssuedHere();
    }
  }

  /** The cursor of a token whose cursor is an id; null for the first page. */
  public static UUID decodeUuid(String token) {
    String cursor = decode(token);
    try {
      return cursor == null ? null : UUID.fromString(cursor);
    } catch (IllegalArgumentException e) {
      throw notIssuedHere();
    }
  }

  private static DomainException notIssuedHere() {
    return new DomainException.InvalidInput("page_token", "is not a token this service issued");
  }
}

package vn.antq.awards.grpc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import vn.antq.core.DomainException;

/** Page tokens: the opaque form of the last id of a page. */
final class PageTokens {

  private PageTokens() {}

  static String encode(String cursor) {
    return cursor == null ? ""
        : Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
  }

  static UUID decode(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      return UUID.fromString(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new DomainException.InvalidInput("page_token", "is not a token this service issued");
    }
  }
}

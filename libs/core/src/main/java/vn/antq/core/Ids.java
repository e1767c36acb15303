package vn.antq.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * New ids as UUID version 7 (RFC 9562): a millisecond timestamp first, then random bits. Ids then
 * sort by creation time, so lists page by id alone and still come out oldest first.
 */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static UUID next() {
    return at(Clock.systemUTC().millis());
  }

  static UUID at(long epochMillis) {
    long most = (epochMillis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
    long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}

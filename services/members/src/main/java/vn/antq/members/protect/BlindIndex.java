package vn.antq.members.protect;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of a value within a province: equal values give equal hashes, so a
 * unique index and exact lookups work on ciphertext, while without the key nobody can test guesses
 * (a national ID has too few possible values for a plain hash). The province is part of the input,
 * so the same person's hashes differ between provinces. Changing this key means rehashing every row.
 */
public final class BlindIndex {

  /** Macs are not thread-safe; one per thread, initialised once (doFinal resets it for the next value). */
  private final ThreadLocal<Mac> macs;

  public BlindIndex(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      throw new IllegalArgumentException("no index key configured (antq.members.protection.index-key)");
    }
    byte[] bytes = KeyRing.decode(base64Key.strip(), "the index key");
    if (bytes.length < 32) {
      throw new IllegalArgumentException("the index key must have at least 32 bytes, not " + bytes.length);
    }
    SecretKeySpec key = new SecretKeySpec(bytes, "HmacSHA256");
    this.macs = ThreadLocal.withInitial(() -> {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available", e);
      }
    });
  }

  public byte[] of(String province, String value) {
    return macs.get().doFinal((province + '\u0000' + value).getBytes(StandardCharsets.UTF_8));
  }
}

package vn.antq.members.protect;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that protect stored fields, by id, and the one new ciphertext uses. Keys rotate
 * by adding a new key, making it active, and keeping the old ones listed while rows sealed with them
 * remain: every ciphertext names its key.
 */
public final class KeyRing {

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

  private final Map<String, SecretKey> keys;
  private final String activeId;

  private KeyRing(Map<String, SecretKey> keys, String activeId) {
    this.keys = Map.copyOf(keys);
    this.activeId = activeId;
  }

  /**
   * @param spec "id:base64,id:base64", each key 32 bytes
   * @throws IllegalArgumentException naming what is wrong, never a key's value
   */
  public static KeyRing parse(String spec, String activeId) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("no encryption keys configured (antq.members.protection.keys)");
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String entry : spec.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
        throw new IllegalArgumentException("encryption keys must look like id:base64,id:base64");
      }
      byte[] key = decode(parts[1].strip(), "key " + parts[0]);
      if (key.length != 32) {
        throw new IllegalArgumentException("key " + parts[0] + " must be 32 bytes (AES-256), not " + key.length);
      }
      if (keys.put(parts[0], new SecretKeySpec(key, "AES")) != null) {
        throw new IllegalArgumentException("key " + parts[0] + " is listed twice");
      }
    }
    if (activeId == null || !keys.containsKey(activeId)) {
      throw new IllegalArgumentException("the active key (antq.members.protection.active-key) must be one of "
          + keys.keySet());
    }
    return new KeyRing(keys, activeId);
  }

  public String activeId() {
    return activeId;
  }

  SecretKey active() {
    return keys.get(activeId);
  }

  SecretKey key(String id) {
    SecretKey key = keys.get(id);
    if (key == null) {
      throw new IllegalStateException("data was encrypted with key " + id + ", which is no longer configured");
    }
    return key;
  }

  static byte[] decode(String base64, String what) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not valid base64");
    }
  }
}

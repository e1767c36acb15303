package vn.antq.members.protect;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for single stored fields. Each value gets a fresh random nonce, and is bound to where
 * it belongs by the associated data (e.g. province, row id and field): a ciphertext copied into
 * another row or field no longer opens.
 */
public final class FieldCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final KeyRing keys;
  private final SecureRandom random = new SecureRandom();
  /** A Cipher is not thread-safe but costly to look up per value (an import seals tens of thousands). */
  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  });

  public FieldCipher(KeyRing keys) {
    this.keys = keys;
  }

  public Sealed seal(byte[] plain, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return new Sealed(keys.activeId(), ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** @throws IllegalStateException when the value was tampered with, moved, or its key is gone */
  public byte[] open(Sealed sealed, String context) {
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.DECRYPT_MODE, keys.key(sealed.keyId()),
          new GCMParameterSpec(TAG_BITS, sealed.bytes(), 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return cipher.doFinal(sealed.bytes(), NONCE_BYTES, sealed.bytes().length - NONCE_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new IllegalStateException("a protected value does not open with key " + sealed.keyId()
          + ": altered, or moved from another row");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}

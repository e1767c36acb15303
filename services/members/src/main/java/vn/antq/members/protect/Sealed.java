package vn.antq.members.protect;

/** A value encrypted with the key {@code keyId}: the 12-byte nonce, then the ciphertext and its 16-byte tag. */
public record Sealed(String keyId, byte[] bytes) {}

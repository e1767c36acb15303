package vn.antq.core;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable hash of what a create asked for, kept with its request_id: a retry carrying the same
 * content gets the first result, the same request_id with other content is refused. Built from the
 * record's components by name, not from toString, whose format Java does not promise.
 */
public final class Fingerprint {

  private Fingerprint() {}

  public static String of(Object parent, Record request) {
    StringBuilder canonical = new StringBuilder(String.valueOf(parent));
    for (RecordComponent component : request.getClass().getRecordComponents()) {
      try {
        canonical.append('\u001f').append(component.getName()).append('=')
            .append(component.getAccessor().invoke(request));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

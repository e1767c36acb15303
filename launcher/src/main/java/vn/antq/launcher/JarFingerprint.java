package vn.antq.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * What a Spring Boot jar contains, independent of when it was built. Every {@code mvn install}
 * rewrites the jars even when no source changed: the project's own module jars nested in them get
 * fresh timestamps and build-info a fresh build time. Hashing the file would call every build a new
 * one; this hashes entry names and contents (CRC-32 from the zip directory, and the entries of the
 * nested {@code -SNAPSHOT} jars, the only ones rebuilt locally), so only a real change counts.
 */
final class JarFingerprint {

  private JarFingerprint() {
  }

  /** A hex digest of the jar's content, mixed with {@code context} (e.g. the JVM it is for). */
  static String of(Path jar, String context) {
    MessageDigest digest = sha256();
    update(digest, context);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        update(digest, entry.getName());
        if (entry.getName().endsWith("-SNAPSHOT.jar")) {
          try (InputStream nested = zip.getInputStream(entry)) {
            nestedJar(digest, nested.readAllBytes());
          }
        } else if (entry.getName().endsWith("build-info.properties")) {
          try (InputStream in = zip.getInputStream(entry)) {
            update(digest, withoutBuildTime(in.readAllBytes()));
          }
        } else {
          update(digest, entry.getCrc() + ":" + entry.getSize());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + jar, e);
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 12);
  }

  private static void nestedJar(MessageDigest digest, byte[] jar) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        update(digest, entry.getName());
        digest.update(zip.readAllBytes());
      }
    }
  }

  private static String withoutBuildTime(byte[] properties) {
    return new String(properties, StandardCharsets.ISO_8859_1).lines()
        .filter(line -> !line.startsWith("build.time")).reduce("", (a, b) -> a + b + "\n");
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

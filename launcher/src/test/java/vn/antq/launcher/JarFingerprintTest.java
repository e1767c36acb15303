package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild of the same sources is the same content; any changed byte is new content. */
class JarFingerprintTest {

  private static final Instant FIRST_BUILD = Instant.parse("2026-01-01T08:00:00Z");
  private static final Instant SECOND_BUILD = Instant.parse("2026-01-02T09:30:00Z");

  @TempDir
  Path dir;

  @Test
  void aRebuildWithNewTimestampsAndBuildTimeIsTheSameContent() throws IOException {
    Path first = bootJar("first.jar", FIRST_BUILD, "class A", "class Core");
    Path second = bootJar("second.jar", SECOND_BUILD, "class A", "class Core");

    assertThat(Files.readAllBytes(first)).isNotEqualTo(Files.readAllBytes(second));
    assertThat(JarFingerprint.of(second, "jdk")).isEqualTo(JarFingerprint.of(first, "jdk"));
  }

  @Test
  void aChangedClassOrNestedModuleClassIsNewContent() throws IOException {
    String original = JarFingerprint.of(bootJar("a.jar", FIRST_BUILD, "class A", "class Core"), "jdk");

    assertThat(JarFingerprint.of(bootJar("b.jar", FIRST_BUILD, "class A2", "class Core"), "jdk")).isNotEqualTo(original);
    assertThat(JarFingerprint.of(bootJar("c.jar", FIRST_BUILD, "class A", "class Core2"), "jdk")).isNotEqualTo(original);
  }

  @Test
  void anotherJdkIsNewContent() throws IOException {
    Path jar = bootJar("a.jar", FIRST_BUILD, "class A", "class Core");

    assertThat(JarFingerprint.of(jar, "17.0.16")).isNotEqualTo(JarFingerprint.of(jar, "17.0.15"));
  }

  /** The shape of a Spring Boot jar: own classes, build-info, a nested module jar of the project. */
  private Path bootJar(String name, Instant built, String application, String module) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("BOOT-INF/classes/vn/antq/A.class", bytes(application));
    entries.put("META-INF/build-info.properties", bytes("build.artifact=a\nbuild.time=" + built + "\nbuild.version=1\n"));
    entries.put("BOOT-INF/lib/antq-core-0.1.0-SNAPSHOT.jar", zip(Map.of("vn/antq/Core.class", bytes(module)), built));
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar)) {
      out.write(zip(entries, built));
    }
    return jar;
  }

  private static byte[] zip(Map<String, byte[]> entries, Instant time) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        ZipEntry zipEntry = new ZipEntry(entry.getKey());
        zipEntry.setLastModifiedTime(FileTime.from(time));
        if (entry.getKey().endsWith(".jar")) { // Spring Boot stores nested jars uncompressed
          CRC32 crc = new CRC32();
          crc.update(entry.getValue());
          zipEntry.setMethod(ZipEntry.STORED);
          zipEntry.setSize(entry.getValue().length);
          zipEntry.setCrc(crc.getValue());
        }
        zip.putNextEntry(zipEntry);
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

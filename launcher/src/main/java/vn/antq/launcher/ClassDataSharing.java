package vn.antq.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Class-data sharing (AppCDS) for the service JVMs: a JVM that maps an archive of the classes a
 * previous run loaded skips most of their loading, parsing and verification, the bulk of a Spring
 * Boot start's CPU on this platform's small, C1-only JVMs.
 *
 * <p>Design, for Java 17:
 * <ul>
 * <li>Java 17 archives only classes the built-in loaders read from jar files on the class path, not
 *     those Spring Boot's loader reads from jars nested in the fat jar. So a service runs from the
 *     extracted layout of {@code java -Djarmode=tools -jar service.jar extract} (the application jar
 *     plus {@code lib/}, linked by its manifest's Class-Path), as Spring Boot's CDS documentation
 *     describes. It lives in {@code .antq/cds/<service>/<fingerprint>/}, extracted again only when the
 *     jar's content changes ({@link JarFingerprint}): a rebuild of unchanged sources keeps the files,
 *     whose sizes and times the archive records.</li>
 * <li>The first run of new content is the training run: {@code -XX:ArchiveClassesAtExit} dumps the
 *     archive when the launcher stops the service, and every later start uses it. A separate training
 *     run ({@code spring.context.exit=onRefresh}) would need the database and config server just the
 *     same (so it could not run in {@code mvn package}) and would double the first start's CPU.</li>
 * <li>Never worse than no archive. The JVM checks an archive against its JDK and class path and,
 *     with the default {@code -Xshare:auto}, starts without it when it does not match (a stale one
 *     after a rebuild, another JDK). A truncated archive, though, crashes Java 17 at start; so a dump
 *     goes to a temporary file and replaces the archive only after the JVM exited normally and a
 *     {@code java -Xshare:on} check mapped it. Any failure here starts the fat jar as before.</li>
 * </ul>
 * {@code ANTQ_CDS=off} turns it off; JVM options that choose class sharing themselves ({@code -Xshare},
 * {@code SharedArchiveFile}, {@code ArchiveClassesAtExit}) run the fat jar with exactly those options.
 */
final class ClassDataSharing {

  private static final String ARCHIVE = "classes.jsa";
  /** Exit codes of a JVM that ran its shutdown to the end: System.exit(0) and SIGTERM (the launcher's stop). */
  private static final List<Integer> NORMAL_EXITS = List.of(0, 128 + 15);
  private static final Pattern OWN_SHARING = Pattern.compile("-Xshare|SharedArchiveFile|ArchiveClassesAtExit");
  /** The options a check of the archive must share with the service: they decide the archive's layout. */
  private static final Pattern LAYOUT_OPTIONS = Pattern.compile("-Xmx.*|-XX:[+-]UseCompressed.*|-XX:ObjectAlignmentInBytes=.*");

  private final Path cache;
  private final boolean enabled;

  private ClassDataSharing(Path cache, boolean enabled) {
    this.cache = cache;
    this.enabled = enabled;
  }

  /** Archives under {@code <root>/.antq/cds}, unless {@code ANTQ_CDS=off}. */
  static ClassDataSharing forProject(Path root) {
    String setting = System.getenv().getOrDefault("ANTQ_CDS", "on");
    return new ClassDataSharing(root.resolve(".antq/cds").toAbsolutePath(),
        !List.of("off", "false", "0").contains(setting.toLowerCase(Locale.ROOT)));
  }

  /** Archives under {@code cache}. */
  static ClassDataSharing in(Path cache) {
    return new ClassDataSharing(cache.toAbsolutePath(), true);
  }

  /** How to start {@code service}: from its archived, extracted layout if possible, else its jar as built. */
  ServiceJvm jvm(String service, Path jar, String javaOptions) {
    if (!enabled || OWN_SHARING.matcher(javaOptions).find()) {
      return ServiceJvm.plain(javaOptions, jar);
    }
    try {
      Path home = cache.resolve(service);
      // The archive records the JDK and the layout's absolute paths: another JDK or a moved project is new content.
      String fingerprint = JarFingerprint.of(jar, System.getProperty("java.home") + "|"
          + System.getProperty("java.vm.version") + "|" + home);
      Path version = home.resolve(fingerprint);
      Path application = extracted(jar, version.resolve("app"));
      removeOtherVersions(home, version);
      return new Archived(javaOptions, application, version.resolve(ARCHIVE));
    } catch (IOException | RuntimeException e) {
      System.out.println("  " + service + " starts without class-data sharing: " + e.getMessage());
      return ServiceJvm.plain(javaOptions, jar);
    }
  }

  /** The application jar of the extracted layout, extracting it first if no launcher did yet. */
  private static Path extracted(Path jar, Path layout) throws IOException {
    Path application = layout.resolve(jar.getFileName());
    if (Files.isRegularFile(application)) {
      return application;
    }
    Files.createDirectories(layout.getParent());
    // Extracted beside and moved in whole: a launcher never sees half a layout, even one started in parallel.
    Path partial = Files.createTempDirectory(layout.getParent(), "app-");
    try {
      run(List.of(ServiceJvm.JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djarmode=tools", "-jar",
          jar.toString(), "extract", "--force", "--destination", partial.toString()), 120);
      Files.move(partial, layout, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (!Files.isRegularFile(application)) {
        throw e;
      }
      // another launcher finished first: use its layout
    } finally {
      deleteTree(partial);
    }
    if (!Files.isRegularFile(application)) {
      throw new IOException("no " + application + " after extracting " + jar);
    }
    return application;
  }

  /** Earlier builds' layouts and archives of the service: they can no longer be used. */
  private static void removeOtherVersions(Path home, Path current) throws IOException {
    try (Stream<Path> versions = Files.list(home)) {
      versions.filter(version -> !version.equals(current)).forEach(ClassDataSharing::deleteTree);
    }
  }

  /** Runs a short helper JVM; fails unless it exits 0 within the time limit. */
  private static void run(List<String> command, int timeoutSeconds) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8).strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      process.destroyForcibly();
    }
  }

  private static void deleteTree(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover costs only disk space: the next new version tries again
    }
  }

  /** A service run from its extracted layout: with its archive once there is one, else training one. */
  private static final class Archived implements ServiceJvm {

    private final String javaOptions;
    private final Path application;
    private final Path archive;
    private Path training;

    Archived(String javaOptions, Path application, Path archive) {
      this.javaOptions = javaOptions;
      this.application = application;
      this.archive = archive;
    }

    @Override
    public synchronized List<String> arguments() {
      if (Files.isRegularFile(archive)) {
        training = null;
        return ServiceJvm.withOptions(javaOptions, "-XX:SharedArchiveFile=" + archive, "-jar", application.toString());
      }
      training = archive.resolveSibling(ARCHIVE + ".training-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
      // The dump lists every class it cannot archive (signed jars, generated classes) as a warning: noise in the log.
      return ServiceJvm.withOptions(javaOptions, "-XX:ArchiveClassesAtExit=" + training, "-Xlog:cds=error",
          "-Xlog:cds+dynamic=error", "-jar", application.toString());
    }

    /**
     * A training JVM writes its archive as it exits, seconds of CPU while the other services stop and
     * write theirs: killed half-way, it leaves nothing and the next start trains again.
     */
    @Override
    public synchronized boolean training() {
      return training != null;
    }

    @Override
    public synchronized Duration stopGrace() {
      return training == null ? ServiceJvm.super.stopGrace() : Duration.ofSeconds(45);
    }

    @Override
    public synchronized void exited(int exitCode) {
      Path dumped = training;
      training = null;
      if (dumped == null) {
        return;
      }
      try {
        if (NORMAL_EXITS.contains(exitCode) && Files.isRegularFile(dumped) && maps(dumped)) {
          Files.move(dumped, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        // no archive this time: the next start trains again
      } finally {
        deleteTree(dumped);
      }
    }

    /** Whether a JVM that must share classes ({@code -Xshare:on}) starts with the archive. */
    private boolean maps(Path candidate) throws IOException {
      List<String> command = new ArrayList<>(List.of(ServiceJvm.JAVA, "-Xshare:on", "-XX:SharedArchiveFile=" + candidate));
      command.addAll(ServiceJvm.withOptions(javaOptions).stream().filter(o -> LAYOUT_OPTIONS.matcher(o).matches()).toList());
      command.addAll(List.of("-cp", application.toString(), "-version"));
      try {
        run(command, 60);
        return true;
      } catch (IOException e) {
        return false;
      }
    }
  }
}

package vn.antq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.antq.launcher.RunningPlatform;

/**
 * CPU time used so far by each part of a running platform and by this benchmark, as the operating
 * system counts it: the difference over a measurement, divided by the requests, splits a request's
 * cost between gateway, backend, database, Redis and load generator — whatever else the machine runs.
 */
final class CpuTimes {

  /** USER_HZ: what /proc counts thread times in, 100 on Linux. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  private CpuTimes() {}

  static Map<String, Long> snapshot(RunningPlatform platform) {
    Map<String, Long> nanos = new TreeMap<>();
    add(nanos, "load generator", ProcessHandle.current());
    nanos.merge("load generator", finishedChildrenNanos(), Long::sum);
    platform.process.descendants().forEach(process -> {
      String part = part(process);
      if (part.equals("gateway") || part.equals("registry")) {
        addJvm(nanos, part, process);
      } else {
        add(nanos, part, process);
      }
    });
    add(nanos, "other services", platform.process.toHandle());
    String postmaster = "-p " + platform.postgresPort + " ";
    ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().filter(line -> line.contains("postgres")
            && line.contains(postmaster)).isPresent())
        .forEach(server -> {
          add(nanos, "postgres", server);
          server.descendants().forEach(backend -> add(nanos, "postgres", backend));
        });
    return nanos;
  }

  /**
   * For the measured JVMs, the CPU of their JIT compiler threads is counted apart ("gateway JIT"):
   * it is what warm-up is for, and it ends once the code is compiled.
   */
  private static void addJvm(Map<String, Long> nanos, String part, ProcessHandle process) {
    add(nanos, part, process);
    long compiling = compilerThreadNanos(process.pid());
    nanos.merge(part, -compiling, Long::sum);
    nanos.merge(part + " JIT", compiling, Long::sum);
  }

  private static long compilerThreadNanos(long pid) {
    long ticks = 0;
    try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path thread : threads.toList()) {
        try {
          String stat = Files.readString(thread.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (name.contains("CompilerThre")) {
            ticks += field(stat, 14) + field(stat, 15);
          }
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
  }

  /**
   * CPU of this JVM's child processes that have ended (h2load runs): the kernel adds a child's time
   * to its parent's cutime and cstime once the parent has waited for it.
   */
  private static long finishedChildrenNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      return (field(stat, 16) + field(stat, 17)) * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Field {@code number} (from 1, as proc(5) counts them: utime 14, stime 15, cutime 16, cstime 17) of a
   * stat line. The name, field 2, may hold blanks: fields are counted after its closing parenthesis.
   */
  private static long field(String stat, int number) {
    String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(afterName[number - 3]);
  }

  private static String part(ProcessHandle process) {
    String command = process.info().commandLine().orElse("");
    if (command.contains("antq-gateway")) {
      return "gateway";
    }
    if (command.contains("antq-registry")) {
      return "registry";
    }
    return command.contains("redis-server") ? "redis" : "other services";
  }

  private static void add(Map<String, Long> nanos, String part, ProcessHandle process) {
    Optional<Duration> cpu = process.info().totalCpuDuration();
    cpu.ifPresent(time -> nanos.merge(part, time.toNanos(), Long::sum));
  }
}

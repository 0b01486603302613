package dev.devopskit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/**
 * The pass criterion of reader fuzzing, the promise {@link Parsed} documents: no exception escapes; a reader that
 * gives no value says why with an error finding at a line; a value that was read can be written back without an
 * exception; and no case takes over one second.
 */
public final class ReaderFuzz {
  private ReaderFuzz() {}

  /** Reads the seed files (at most {@code max}, up to 64 KiB each) for {@link Mutations#of}. */
  public static List<byte[]> seeds(List<Path> files, int max) {
    return files.stream().filter(p -> {
      try {
        return Files.size(p) <= 64 * 1024;
      } catch (IOException e) {
        return false;
      }
    }).limit(max).map(p -> {
      try {
        return Files.readAllBytes(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).collect(Collectors.toList());
  }

  /**
   * The processor time one case may take: one second in the fuzz profile (the criterion), and a wider budget in the
   * default test run ({@code -Ddevopskit.fuzzCaseMillis}). It is the reading thread's own CPU time, so builds that
   * share the machine, garbage collection and JIT compilation on other threads do not count against a case.
   */
  public static long caseMillis() {
    return Long.getLong("devopskit.fuzzCaseMillis", 1000L);
  }

  /** The wall-clock guard against a hang: ten times the budget, and at least ten seconds. */
  static Duration hangGuard() {
    return Duration.ofMillis(Math.max(10_000L, 10 * caseMillis()));
  }

  /** Asserts the pass criterion for one input. */
  public static <T> void assertSurvives(Format<T> format, byte[] input) {
    long[] cpuNanos = new long[1];
    RuntimeException[] writing = new RuntimeException[1];
    Parsed<T> parsed = Assertions.assertTimeoutPreemptively(hangGuard(), () -> {
      long start = threadCpuNanos();
      Parsed<SourceFile> decoded = Sources.decode(input, "fuzz");
      Parsed<T> read = format.read(decoded.value().orElseThrow());
      try {
        read.value().ifPresent(format::write);
      } catch (RuntimeException e) {
        writing[0] = e;
      }
      cpuNanos[0] = threadCpuNanos() - start;
      return read;
    }, () -> format.name() + " reader still running after " + hangGuard().toMillis() + " ms (hang)");
    if (parsed.value().isEmpty()) {
      assertThat(parsed.findings())
          .as("%s read no value, so it must say why: an error finding at a line", format.name())
          .anySatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.location().line()).isPositive();
          });
    }
    assertThat(writing[0]).as("%s: writing back the value read threw", format.name()).isNull();
    assertThat(cpuNanos[0] / 1_000_000L)
        .as("%s reader CPU time for one case (budget %d ms)", format.name(), caseMillis())
        .isLessThanOrEqualTo(caseMillis());
  }

  private static final Method CPU_TIME;
  private static final Object THREADS;

  static {
    // Reached by reflection: the modules under test do not read java.management, and reflection needs no
    // readability edge. Where the JVM has no thread CPU clock, the wall clock stands in for it.
    Method cpuTime = null;
    Object threads = null;
    try {
      threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      cpuTime = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
      if ((Long) cpuTime.invoke(threads) < 0) {
        cpuTime = null;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      cpuTime = null;
    }
    CPU_TIME = cpuTime;
    THREADS = threads;
  }

  private static long threadCpuNanos() {
    if (CPU_TIME == null) {
      return System.nanoTime();
    }
    try {
      return (Long) CPU_TIME.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      return System.nanoTime();
    }
  }
}

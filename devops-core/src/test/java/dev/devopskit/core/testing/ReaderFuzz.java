package dev.devopskit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/**
 * The pass criterion of reader fuzzing: every input returns a {@link Parsed} (with findings when broken), no
 * exception escapes, no case takes over one second, and writing a value that was read never throws either.
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
   * The time one case may take: one second in the fuzz profile (the criterion), and a wider hang guard in the
   * default test run, where other builds may share the machine ({@code -Ddevopskit.fuzzCaseMillis}).
   */
  public static long caseMillis() {
    return Long.getLong("devopskit.fuzzCaseMillis", 1000L);
  }

  /** Asserts the pass criterion for one input. */
  public static <T> void assertSurvives(Format<T> format, byte[] input) {
    Parsed<T> parsed = Assertions.assertTimeoutPreemptively(Duration.ofMillis(caseMillis()), () -> {
      Parsed<SourceFile> decoded = Sources.decode(input, "fuzz");
      Parsed<T> read = format.read(decoded.value().orElseThrow());
      read.value().ifPresent(format::write);
      return read;
    }, () -> format.name() + " reader took over " + caseMillis() + " ms");
    assertThat(parsed).isNotNull();
    assertThat(parsed.source()).isNotNull();
  }
}

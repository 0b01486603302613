package dev.devopskit.test;

import dev.devopskit.core.files.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * What {@link DriftExtension} gives a test: compares generated files with the committed ones, or writes them when
 * the run asks to regenerate ({@code -Ddevops.regenerate=true}).
 */
public final class Drift {
  private final boolean regenerate;
  private final Consumer<String> report;

  Drift(boolean regenerate, Consumer<String> report) {
    this.regenerate = regenerate;
    this.report = report;
  }

  /** Whether this run writes the files instead of comparing them. */
  public boolean regenerating() {
    return regenerate;
  }

  /** {@link #check(Path, List)} with the files given one by one. */
  public void check(Path repositoryRoot, GeneratedFile... files) {
    check(repositoryRoot, Arrays.asList(files));
  }

  /**
   * Writes the files that differ under the root when regenerating (and names each in the test's report); otherwise
   * fails with a unified diff per file that differs from its definition.
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public void check(Path repositoryRoot, List<GeneratedFile> files) {
    if (!regenerate) {
      DevOpsAssertions.assertThat(repositoryRoot).hasNoDrift(files);
      return;
    }
    for (GeneratedFile file : files) {
      try {
        if (!file.upToDate(repositoryRoot)) {
          file.write(repositoryRoot);
          report.accept(file.path());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + file.path() + " under " + repositoryRoot, e);
      }
    }
  }

  @Override
  public String toString() {
    return regenerate ? "Drift[regenerating]" : "Drift[comparing]";
  }
}

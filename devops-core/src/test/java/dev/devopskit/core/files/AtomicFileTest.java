package dev.devopskit.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes to a path a user names (reports, baselines, flag files), outside any repository root. */
class AtomicFileTest {
  @TempDir
  Path folder;

  @Test
  void should_create_the_folders_and_write_the_text() throws IOException {
    Path written = AtomicFile.write(folder.resolve("a/b/report.sarif"), "{}\n");
    assertThat(written).isAbsolute().hasContent("{}");
    assertThat(leftovers()).isZero();
  }

  @Test
  void should_replace_an_existing_file_whole() throws IOException {
    Path file = folder.resolve("baseline.txt");
    AtomicFile.write(file, "old\n");
    AtomicFile.write(file, "new\n");
    assertThat(Files.readString(file)).isEqualTo("new\n");
    assertThat(leftovers()).isZero();
  }

  @Test
  void should_keep_the_old_file_when_the_write_fails() throws IOException {
    Path file = folder.resolve("flags.yaml");
    AtomicFile.write(file, "old\n");
    // A lone surrogate cannot be encoded as UTF-8: the write fails after the temporary file exists.
    assertThatThrownBy(() -> AtomicFile.write(file, "new \uD800\n")).isInstanceOf(IOException.class);
    assertThat(Files.readString(file)).isEqualTo("old\n");
    assertThat(leftovers()).isZero();
  }

  private long leftovers() throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
    }
  }
}

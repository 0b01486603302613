package dev.devopskit.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading reads a file's bytes whole and within the bound, whatever its size did since it was opened. */
class SourcesTest {

  private static ReadableByteChannel channel(String text) {
    return Channels.newChannel(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void should_read_a_file_of_the_size_it_had_when_opened() throws IOException {
    assertThat(Sources.readAll(channel("on: push\n"), 9, 100)).asString().isEqualTo("on: push\n");
  }

  @Test
  void should_read_what_is_left_of_a_file_that_shrank() throws IOException {
    assertThat(Sources.readAll(channel("on"), 9, 100)).asString().isEqualTo("on");
  }

  @Test
  void should_read_the_rest_of_a_file_that_grew() throws IOException {
    assertThat(Sources.readAll(channel("on: push\njobs: {}\n"), 3, 100)).asString().isEqualTo("on: push\njobs: {}\n");
    assertThat(Sources.readAll(channel("on: push"), 0, 100)).asString().isEqualTo("on: push");
  }

  @Test
  void should_read_no_more_than_the_limit_of_a_file_that_grew() throws IOException {
    assertThat(Sources.readAll(channel("0123456789"), 3, 6)).asString().isEqualTo("012345");
    assertThat(Sources.readAll(channel("0123456789"), 3, 4)).asString().isEqualTo("0123");
    assertThat(Sources.readAll(channel("0123456789"), 8, 4)).asString().isEqualTo("0123");
  }

  @Test
  void should_load_a_file_within_the_bound(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ci.yml"), "on: push\n");
    Parsed<SourceFile> loaded = Sources.load(file, "ci.yml", 100);
    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.value().orElseThrow().text()).isEqualTo("on: push\n");
  }

  @Test
  void should_not_read_a_file_over_the_bound(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ci.yml"), "on: push\n");
    Parsed<SourceFile> loaded = Sources.load(file, "ci.yml", 8);
    assertThat(loaded.value()).isEmpty();
    assertThat(loaded.findings()).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo("file has 9 bytes, more than the limit of 8; it was not read"));
  }

  @Test
  void should_report_a_file_that_cannot_be_read(@TempDir Path dir) {
    Parsed<SourceFile> loaded = Sources.load(dir.resolve("missing.yml"), "missing.yml", 100);
    assertThat(loaded.value()).isEmpty();
    assertThat(loaded.findings()).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("file could not be read: NoSuchFileException"));
  }
}

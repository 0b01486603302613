package dev.devopskit.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated files are written safely: atomic replacement, hand edits kept unless forced, no path outside the root
 * (by {@code ..}, absolute paths or symbolic links), and a failure midway leaves every file old or new with the
 * record telling which.
 */
class SafeWritesTest {
  @TempDir
  Path root;

  @TempDir
  Path outside;

  private String read(String relative) throws IOException {
    return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).collect(Collectors.toList());
    }
  }

  @Test
  void replaces_atomically_and_leaves_no_temporary_file() throws IOException {
    GeneratedFile.of("ci/build.yml", "old\n").write(root);
    Path before = root.resolve("ci/build.yml");
    Object inode = Files.readAttributes(before, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    GeneratedFile.of("ci/build.yml", "new\n").write(root);
    assertThat(read("ci/build.yml")).isEqualTo("new\n");
    // Replaced by a rename of a complete temporary file, not rewritten in place: a new file (inode).
    Object after = Files.readAttributes(before, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    if (inode != null) {
      assertThat(after).isNotEqualTo(inode);
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void a_reader_never_sees_a_half_written_file() throws Exception {
    String small = "a\n".repeat(10);
    String large = "b".repeat(4_000_000) + "\n";
    GeneratedFile.of("big.txt", small).write(root);
    Thread writer = new Thread(() -> {
      try {
        for (int i = 0; i < 20; i++) {
          GeneratedFile.of("big.txt", i % 2 == 0 ? large : small).write(root);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    int reads = 0;
    while (writer.isAlive() || reads == 0) {
      String seen = read("big.txt");
      assertThat(seen.equals(small) || seen.equals(large)).as("a whole old or new file, %s chars", seen.length())
          .isTrue();
      reads++;
    }
    writer.join();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void keeps_a_hand_edited_file_unless_forced() throws IOException {
    GeneratedFile v1 = GeneratedFile.of("Dockerfile", "FROM alpine:3.19\n");
    GeneratedFile v2 = GeneratedFile.of("Dockerfile", "FROM alpine:3.20\n");
    Generation.in(root).apply(List.of(v1), false);
    Files.writeString(root.resolve("Dockerfile"), "FROM alpine:3.19\n# mine\n");

    Generation.Plan plan = Generation.in(root).apply(List.of(v2), false);
    assertThat(plan.steps().get(0).action()).isEqualTo(Generation.Action.KEEP_EDITED);
    assertThat(read("Dockerfile")).isEqualTo("FROM alpine:3.19\n# mine\n");

    plan = Generation.in(root).apply(List.of(v2), true);
    assertThat(plan.steps().get(0).action()).isEqualTo(Generation.Action.OVERWRITE);
    assertThat(read("Dockerfile")).isEqualTo("FROM alpine:3.20\n");
    // Now recorded as generated: the next version replaces it without force.
    plan = Generation.in(root).apply(List.of(v1), false);
    assertThat(plan.steps().get(0).action()).isEqualTo(Generation.Action.UPDATE);
  }

  @Test
  void never_overwrites_a_file_it_did_not_write() throws IOException {
    Files.writeString(root.resolve("README.md"), "# mine\n");
    Generation.in(root).apply(List.of(GeneratedFile.of("README.md", "# generated\n")), false);
    assertThat(read("README.md")).isEqualTo("# mine\n");
  }

  @Test
  void a_corrupt_record_means_nothing_is_known_generated() throws IOException {
    Generation.in(root).apply(List.of(GeneratedFile.of("a.txt", "1\n")), false);
    Files.writeString(root.resolve(Generation.RECORD), "{ not json");
    Files.writeString(root.resolve("a.txt"), "edited\n");
    Generation.in(root).apply(List.of(GeneratedFile.of("a.txt", "2\n")), false);
    assertThat(read("a.txt")).isEqualTo("edited\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../escape.txt", "a/../../escape.txt", "/etc/passwd", "\\windows\\x", "C:/x.txt", "..",
      "a/..\\..\\x", ""})
  void rejects_paths_that_leave_the_root(String path) {
    assertThatThrownBy(() -> GeneratedFile.of(path, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("generated file path");
  }

  @Test
  void does_not_follow_a_symbolic_link_out_of_the_root() throws IOException {
    Files.createSymbolicLink(root.resolve("linked"), outside);
    assertThatThrownBy(() -> GeneratedFile.of("linked/escape.txt", "x").write(root)).isInstanceOf(IOException.class);
    assertThat(outside.resolve("escape.txt")).doesNotExist();

    Files.writeString(outside.resolve("target.txt"), "outside\n");
    Files.createSymbolicLink(root.resolve("file-link.txt"), outside.resolve("target.txt"));
    assertThatThrownBy(() -> GeneratedFile.of("file-link.txt", "x").write(root)).isInstanceOf(IOException.class);
    assertThat(Files.readString(outside.resolve("target.txt"))).isEqualTo("outside\n");

    Files.createDirectories(root.resolve("deep/er"));
    Files.createSymbolicLink(root.resolve("deep/er/up"), outside);
    assertThatThrownBy(() -> GeneratedFile.of("deep/er/up/new/x.txt", "x").write(root))
        .isInstanceOf(IOException.class);
    assertThat(outside.resolve("new")).doesNotExist();
    assertThatThrownBy(() -> Generation.in(root).apply(List.of(GeneratedFile.of("linked/a.txt", "x")), true))
        .isInstanceOf(IOException.class);
    assertThat(outside.resolve("a.txt")).doesNotExist();
  }

  @Test
  void a_link_inside_the_root_is_fine() throws IOException {
    Files.createDirectories(root.resolve("real"));
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
    GeneratedFile.of("alias/x.txt", "x\n").write(root);
    assertThat(read("real/x.txt")).isEqualTo("x\n");
  }

  @Test
  void a_failure_midway_leaves_each_file_old_or_new_and_the_record_consistent() throws IOException {
    List<GeneratedFile> v1 = List.of(GeneratedFile.of("a.txt", "a1\n"), GeneratedFile.of("b/b.txt", "b1\n"),
        GeneratedFile.of("c.txt", "c1\n"));
    Generation.in(root).apply(v1, false);
    // Injected failure: the second file's folder becomes a plain file, so writing it fails after the first.
    Files.delete(root.resolve("b/b.txt"));
    Files.delete(root.resolve("b"));
    Files.writeString(root.resolve("b"), "in the way\n");
    List<GeneratedFile> v2 = List.of(GeneratedFile.of("a.txt", "a2\n"), GeneratedFile.of("b/b.txt", "b2\n"),
        GeneratedFile.of("c.txt", "c2\n"));
    assertThatThrownBy(() -> Generation.in(root).apply(v2, false)).isInstanceOf(IOException.class);

    assertThat(read("a.txt")).isEqualTo("a2\n");
    assertThat(read("b")).isEqualTo("in the way\n");
    assertThat(read("c.txt")).isEqualTo("c1\n");
    assertThat(leftovers()).isEmpty();
    // The record matches the disk: a rerun after the obstacle is gone updates c without force and keeps a.
    Files.delete(root.resolve("b"));
    Generation.Plan rerun = Generation.in(root).apply(v2, false);
    assertThat(rerun.steps()).extracting(Generation.Step::action).containsExactly(Generation.Action.UNCHANGED,
        Generation.Action.CREATE, Generation.Action.UPDATE);
    assertThat(read("c.txt")).isEqualTo("c2\n");
    assertThat(read("b/b.txt")).isEqualTo("b2\n");
  }

  @Test
  void a_failure_while_writing_the_temporary_file_keeps_the_old_file() throws IOException {
    GeneratedFile.of("x/y.txt", "old\n").write(root);
    // Unencodable text (a lone surrogate) makes the UTF-8 write fail after the temporary file is created.
    assertThatThrownBy(() -> GeneratedFile.of("x/y.txt", "new \uD800 text\n").write(root))
        .isInstanceOf(IOException.class);
    assertThat(read("x/y.txt")).isEqualTo("old\n");
    assertThat(leftovers()).isEmpty();
  }
}

package dev.devopskit.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationTest {
  private final GeneratedFile ci = GeneratedFile.of(".github/workflows/ci.yml", "name: CI\n");
  private final GeneratedFile dockerfile = GeneratedFile.of("docker/Dockerfile", "FROM scratch\n");

  @Test
  void should_create_files_then_change_nothing_on_a_second_run(@TempDir Path root) throws IOException {
    Generation.Plan first = Generation.in(root).apply(List.of(ci, dockerfile), false);
    Generation.Plan second = Generation.in(root).apply(List.of(ci, dockerfile), false);

    assertThat(first.steps()).extracting(Generation.Step::action)
        .containsExactly(Generation.Action.CREATE, Generation.Action.CREATE);
    assertThat(second.unchanged()).isTrue();
    assertThat(Files.readString(root.resolve("docker/Dockerfile"))).isEqualTo("FROM scratch\n");
  }

  @Test
  void should_update_a_generated_file_nobody_edited(@TempDir Path root) throws IOException {
    Generation.in(root).apply(List.of(ci), false);
    GeneratedFile newer = GeneratedFile.of(ci.path(), "name: CI\non: push\n");

    Generation.Plan plan = Generation.in(root).apply(List.of(newer), false);

    assertThat(plan.steps().get(0).action()).isEqualTo(Generation.Action.UPDATE);
    assertThat(Files.readString(root.resolve(ci.path()))).isEqualTo(newer.text());
  }

  @Test
  void should_keep_a_hand_edited_file_and_show_the_diff_unless_forced(@TempDir Path root) throws IOException {
    Generation.in(root).apply(List.of(ci), false);
    Files.writeString(root.resolve(ci.path()), "name: CI edited by hand\n");
    GeneratedFile newer = GeneratedFile.of(ci.path(), "name: CI\non: push\n");

    Generation.Plan kept = Generation.in(root).apply(List.of(newer), false);
    assertThat(kept.conflicts()).hasSize(1);
    assertThat(kept.steps().get(0).diff().orElseThrow()).contains("-name: CI edited by hand", "+on: push");
    assertThat(Files.readString(root.resolve(ci.path()))).isEqualTo("name: CI edited by hand\n");

    Generation.Plan forced = Generation.in(root).apply(List.of(newer), true);
    assertThat(forced.steps().get(0).action()).isEqualTo(Generation.Action.OVERWRITE);
    assertThat(Files.readString(root.resolve(ci.path()))).isEqualTo(newer.text());
  }

  @Test
  void should_not_overwrite_a_file_it_never_wrote(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("docker"));
    Files.writeString(root.resolve("docker/Dockerfile"), "FROM node:22\n");

    Generation.Plan plan = Generation.in(root).plan(List.of(dockerfile));

    assertThat(plan.steps().get(0).action()).isEqualTo(Generation.Action.KEEP_EDITED);
  }

  @Test
  void should_refuse_paths_that_leave_the_repository(@TempDir Path root) throws IOException {
    assertThatThrownBy(() -> GeneratedFile.of("../outside.yml", "x")).hasMessageContaining("..");
    assertThatThrownBy(() -> GeneratedFile.of("/etc/passwd", "x")).hasMessageContaining("relative");
    Path outside = Files.createTempDirectory("outside");
    Files.createSymbolicLink(root.resolve("link"), outside);
    assertThatThrownBy(() -> GeneratedFile.of("link/file.yml", "x").write(root)).hasMessageContaining("outside");
    assertThat(outside.resolve("file.yml")).doesNotExist();
  }
}

package dev.devopskit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.files.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The drift extension in both modes: comparing (fails with the diff) and regenerating (writes, then passes). */
@ExtendWith(DriftExtension.class)
class DriftExtensionTest {
  private static final GeneratedFile ALERTS = GeneratedFile.of("monitoring/alerts.yml", "groups: []\n");

  @Test
  void should_compare_unless_the_run_asks_to_regenerate(Drift drift) {
    assertThat(drift.regenerating()).isEqualTo(Boolean.getBoolean(DriftExtension.REGENERATE));
  }

  @Test
  void should_fail_with_the_unified_diff_when_comparing(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("monitoring"));
    Files.writeString(root.resolve("monitoring/alerts.yml"), "groups:\n  - name: old\n");
    Drift comparing = new Drift(false, path -> { });

    assertThatThrownBy(() -> comparing.check(root, ALERTS))
        .hasMessageContaining("--- monitoring/alerts.yml (on disk)")
        .hasMessageContaining("-groups:")
        .hasMessageContaining("+groups: []");
    assertThat(Files.readString(root.resolve("monitoring/alerts.yml"))).isEqualTo("groups:\n  - name: old\n");
  }

  @Test
  void should_write_the_files_that_differ_when_regenerating(@TempDir Path root) throws IOException {
    List<String> reported = new ArrayList<>();
    Drift regenerating = new Drift(true, reported::add);
    GeneratedFile readme = GeneratedFile.of("README.md", "# Hello\n");
    readme.write(root);

    regenerating.check(root, ALERTS, readme);

    assertThat(Files.readString(root.resolve("monitoring/alerts.yml"))).isEqualTo("groups: []\n");
    assertThat(reported).containsExactly("monitoring/alerts.yml");
    new Drift(false, path -> { }).check(root, ALERTS, readme);
  }
}

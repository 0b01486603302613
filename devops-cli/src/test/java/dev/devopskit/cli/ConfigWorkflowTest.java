package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devops config} prints a workflow in canonical form through the github-workflow format. */
class ConfigWorkflowTest {

  private static CliRun config(Path file) {
    return CliRun.of("config", file.toString());
  }

  @Test
  void should_print_a_real_world_workflow_in_canonical_form(@TempDir Path temp) throws IOException {
    Path workflow = Shared.conformance().resolve("real-world/actions__checkout/.github/workflows/test.yml");
    CliRun first = config(workflow);
    assertThat(first.err()).isEmpty();
    assertThat(first.exit()).isZero();
    assertThat(first.out()).startsWith("name: ").contains("\non:\n", "\njobs:\n", "uses: actions/checkout");

    Path canonical = temp.resolve(".github/workflows/test.yml");
    Files.createDirectories(canonical.getParent());
    Files.writeString(canonical, first.out());
    CliRun second = config(canonical);
    assertThat(second.exit()).isZero();
    assertThat(second.out()).as("canonical form is stable").isEqualTo(first.out());
  }

  @Test
  void should_check_workflows_in_a_repository(@TempDir Path temp) throws IOException {
    Path workflow = temp.resolve(".github/workflows/ci.yml");
    Files.createDirectories(workflow.getParent());
    Files.writeString(workflow, "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        + "      - run: echo ${{ github.sha }\n");
    CliRun run = CliRun.of("check", temp.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(".github/workflows/ci.yml:6:19", "github/expression");
  }

  @Test
  void should_report_findings_of_a_broken_workflow_on_stderr(@TempDir Path temp) throws IOException {
    Path broken = temp.resolve(".github/workflows/ci.yml");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minute: 5\n"
        + "    steps:\n      - run: make\n");
    CliRun run = config(broken);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("ci.yml:5:5", "github/unknown-key", "did you mean 'timeout-minutes'?");
    assertThat(run.out()).contains("timeout-minute: 5");
  }
}

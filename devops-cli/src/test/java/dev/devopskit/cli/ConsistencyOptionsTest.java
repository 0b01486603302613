package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devops check} hands the policy file's options of cross-file rules to them, and reports bad ones. */
class ConsistencyOptionsTest {
  @TempDir
  Path repo;

  @BeforeEach
  void repository() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve("devops.yaml"), "name: shop\nservices:\n  - kind: postgresql\n    version: \"16\"\n");
    Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  db:\n    image: postgres:15\n");
  }

  @Test
  void should_report_the_drift_without_a_policy() {
    CliRun run = CliRun.of("check", repo.toString(), "--fail-on", "none");
    assertThat(run.out()).contains("docker-compose.yml:3:", "[consistency/postgres-version]");
  }

  @Test
  void should_accept_the_drift_the_policy_allows() throws IOException {
    Files.writeString(repo.resolve(".devops-kit.yml"),
        "rules:\n  consistency/postgres-version:\n    allowed-drift: 1\n");
    CliRun run = CliRun.of("check", repo.toString(), "--fail-on", "none");
    assertThat(run.out()).doesNotContain("consistency/postgres-version").doesNotContain("core/policy");
  }

  @Test
  void should_report_a_bad_option_at_its_line_and_run_with_the_default() throws IOException {
    Files.writeString(repo.resolve(".devops-kit.yml"),
        "rules:\n  consistency/postgres-version:\n    severity: error\n    allowed-drift: one\n"
            + "    allow-drift: 1\n");
    CliRun run = CliRun.of("check", repo.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(".devops-kit.yml:4:", "option 'allowed-drift' of 'consistency/postgres-version' "
        + "must be a whole number, got 'one'").contains(".devops-kit.yml:5:", "did you mean 'allowed-drift'?")
        .contains("docker-compose.yml:3:", "error [consistency/postgres-version]");
  }
}

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
  private static final String RULE = "consistency/environment";

  @TempDir
  Path repo;

  /** Production is declared, and reached only by a push: no promotion workflow by default. */
  @BeforeEach
  void repository() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve(".github/workflows"));
    Files.writeString(repo.resolve("environments.yml"), "environments:\n  - name: production\n"
        + "    tier: production\n    deployment: manual\n    reviewers: [team:release]\n");
    Files.writeString(repo.resolve(".github/workflows/deploy.yml"), "name: deploy\non: push\njobs:\n  deploy:\n"
        + "    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: ./deploy.sh\n");
  }

  @Test
  void should_ask_for_a_promotion_workflow_under_the_trunk_profile() {
    assertThat(CliRun.of("check", repo.toString(), "--fail-on", "none").out()).doesNotContain(RULE);
    CliRun run = CliRun.of("check", repo.toString(), "--fail-on", "none", "--profile", "trunk");
    assertThat(run.out()).contains("environments.yml:2:", "[" + RULE + "]", "workflow_dispatch or release");
  }

  @Test
  void should_count_the_events_the_policy_names_as_promotions() throws IOException {
    Files.writeString(repo.resolve(".devops-kit.yml"), "profile: trunk\nrules:\n  " + RULE
        + ":\n    promotion-events: [push]\n");
    CliRun run = CliRun.of("check", repo.toString(), "--fail-on", "none");
    assertThat(run.out()).doesNotContain(RULE).doesNotContain("core/policy");
  }

  @Test
  void should_report_a_bad_option_at_its_line_and_run_with_the_default() throws IOException {
    Files.writeString(repo.resolve(".devops-kit.yml"), "select: [" + RULE + "]\nrules:\n  " + RULE
        + ":\n    severity: error\n    production-promotion: sometimes\n    promotion-event: [push]\n");
    CliRun run = CliRun.of("check", repo.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(".devops-kit.yml:5:", "option 'production-promotion' of '" + RULE + "' must be true or false")
        .contains(".devops-kit.yml:6:", "did you mean 'promotion-events'?")
        .contains("environments.yml:2:", "error [" + RULE + "]");
  }
}

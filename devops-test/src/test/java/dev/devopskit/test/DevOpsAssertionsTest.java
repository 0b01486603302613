package dev.devopskit.test;

import static dev.devopskit.test.DevOpsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docs.postmortem.Postmortem;
import dev.devopskit.github.workflow.Workflow;
import dev.devopskit.observability.Prometheus;
import dev.devopskit.observability.alerting.RuleFile;
import java.time.LocalDate;
import dev.devopskit.test.internal.OracleSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assertions pass on clean subjects and fail with the findings printed as {@code devops check} prints them. */
class DevOpsAssertionsTest {
  private static final Path WORKFLOWS = Path.of("src/test/resources/workflows");

  private static Workflow workflow(String name) {
    return GitHubActions.read(WORKFLOWS.resolve(name)).value().orElseThrow();
  }

  @Test
  void should_pass_a_workflow_without_findings() {
    assertThat(workflow("clean.yml")).hasNoFindings().hasNoFindings(Profile.TRUNK);
  }

  @Test
  void should_fail_with_the_findings_as_the_text_report_prints_them_file_and_line_first() {
    assertThatThrownBy(() -> assertThat(workflow("injected.yml")).hasNoFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected .github/workflows/injected.yml to have no findings under the recommended"
            + " profile, but it has 1:")
        .hasMessageContaining(System.lineSeparator() + ".github/workflows/injected.yml:18:9: error"
            + " [github/template-injection] the code expands github.event.issue.title")
        .hasMessageContaining("1 finding (1 error, 0 warnings, 0 notes) in 1 of 1 file");
  }

  @Test
  void should_find_a_finding_by_rule_line_and_message() {
    // Line 18 of the file the value is written as (header, block style); line 12 of the fixture on disk.
    assertThat(workflow("injected.yml")).hasFinding("github/template-injection").atLine(18)
        .withMessageContaining("github.event.issue.title");
  }

  @Test
  void should_say_which_finding_is_missing_and_list_the_ones_there_are() {
    assertThatThrownBy(() -> assertThat(workflow("injected.yml")).hasFinding("github/template-injection").atLine(3))
        .hasMessageContaining("Expected .github/workflows/injected.yml to have a finding [github/template-injection]"
            + " at line 3, but it has none; its findings:")
        .hasMessageContaining(".github/workflows/injected.yml:18:9: error [github/template-injection]");
    assertThatThrownBy(() -> assertThat(workflow("clean.yml")).hasFinding("github/template-injection"))
        .hasMessageContaining("to have a finding [github/template-injection], but it has none");
    assertThatThrownBy(() -> assertThat(workflow("injected.yml")).hasFinding("github/template-injection")
        .withMessageContaining("no such words")).hasMessageContaining(
            "[github/template-injection] with a message containing \"no such words\", but it has none");
  }

  @Test
  void should_name_a_rule_file_and_a_postmortem_by_their_conventional_paths() {
    RuleFile alerts = Prometheus.read(SourceFile.of("alerts.yml", Shared.text(Path.of(
        "src/test/resources/monitoring/alerts.yml")))).value().orElseThrow();
    assertThat(alerts).hasFinding("alerts/missing-for").withMessageContaining("ApiDown");
    assertThatThrownBy(() -> assertThat(alerts).hasNoFindings(Profile.STRICT))
        .hasMessageContaining(System.lineSeparator() + "monitoring/alerts.yml:");
    Postmortem postmortem = Postmortem.builder().incident("checkout-outage").date(LocalDate.of(2024, 5, 1)).build();
    assertThatThrownBy(() -> assertThat(postmortem).hasNoFindings(Profile.STRICT))
        .hasMessageContaining("Expected docs/devops/postmortems/2024-05-01-checkout-outage.md to have no findings");
    Postmortem undated = Postmortem.builder().incident("checkout-outage").build();
    assertThatThrownBy(() -> assertThat(undated).hasNoFindings(Profile.STRICT))
        .hasMessageContaining("Expected docs/devops/postmortems/checkout-outage.md to have no findings");
  }

  @Test
  void should_judge_a_check_result_by_profile() {
    CheckResult result = Policy.of(Profile.STRICT).check(GitHubActions.read(WORKFLOWS.resolve("clean.yml")));
    assertThat(result).hasNoFindings();
    CheckResult injected = Policy.defaults().check(GitHubActions.read(WORKFLOWS.resolve("injected.yml")));
    assertThatThrownBy(() -> assertThat(injected).hasNoFindings())
        .hasMessageContaining("Expected the check result to have no findings")
        .hasMessageContaining("src/test/resources/workflows/injected.yml:12:");
  }

  @Test
  void should_check_a_file_on_disk_as_devops_check_does(@TempDir Path root) throws IOException {
    Path file = root.resolve(".github/workflows/ci.yml");
    Files.createDirectories(file.getParent());
    Files.copy(WORKFLOWS.resolve("injected.yml"), file);
    assertThatThrownBy(() -> assertThat(file).hasNoFindings()).hasMessageContaining("ci.yml:12:")
        .hasMessageContaining("[github/template-injection]");
    assertThat(file).hasFinding("github/template-injection").atLine(12);
  }

  @Test
  void should_show_drift_as_a_unified_diff(@TempDir Path root) throws IOException {
    GeneratedFile ci = GitHubActions.file(workflow("clean.yml"));
    ci.write(root);
    assertThat(root).hasNoDrift(ci);

    GeneratedFile changed = GeneratedFile.of(ci.path(), ci.text().replace("echo test", "echo tests"));
    assertThatThrownBy(() -> assertThat(root).hasNoDrift(List.of(changed)))
        .hasMessageContaining("but 1 of 1 differ (apply the diff, or run the test with -Ddevops.regenerate=true")
        .hasMessageContaining("-      - run: echo test")
        .hasMessageContaining("+      - run: echo tests");
  }

  @Test
  void should_pass_the_official_schema() {
    Shared.conformance(); // the schemas are read there, in place (surefire sets -Ddevops.schemas)
    assertThat(workflow("clean.yml")).passesOracleSchema();
  }

  @Test
  void should_print_every_schema_error() {
    Shared.conformance();
    ComposeFile compose = Compose.read(SourceFile.of("docker-compose.yml", Shared.text(Path.of(
        "src/test/resources/compose/unknown-key.yml")))).value().orElseThrow();
    assertThatThrownBy(() -> assertThat(compose).passesOracleSchema())
        .hasMessageContaining("Expected docker-compose.yml to pass the compose-spec.json schema, but it does not (1 error):")
        .hasMessageContaining("restart_policy");
  }

  @Test
  void should_name_the_missing_schema_folder() {
    String folder = System.getProperty(OracleSchemas.FOLDER, "");
    try {
      System.clearProperty(OracleSchemas.FOLDER);
      assertThatThrownBy(() -> assertThat(workflow("clean.yml")).passesOracleSchema())
          .hasMessage("no schema folder: run the test with -Ddevops.schemas=DIR, DIR holding github-workflow.json");
    } finally {
      System.setProperty(OracleSchemas.FOLDER, folder);
    }
  }
}

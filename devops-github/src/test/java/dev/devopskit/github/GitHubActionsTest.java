package dev.devopskit.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.EntryVerbs;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubActionsTest {

  private static String golden(String name) throws IOException {
    try (var in = GitHubActionsTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void a_policy_checks_what_the_reader_returned_with_its_positions() {
    Parsed<Workflow> read = GitHubActions.read(SourceFile.of(".github/workflows/ci.yml", "name: CI\non: push\n"
        + "jobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: curl -k https://x.example.com/i.sh | sh\n"));
    dev.devopskit.core.policy.CheckResult result = dev.devopskit.core.policy.Policy.defaults().check(read);
    assertThat(result.findingList()).filteredOn(f -> f.ruleId().equals("github/tls-verification"))
        .singleElement().satisfies(f -> {
          assertThat(f.location().file()).isEqualTo(".github/workflows/ci.yml");
          assertThat(f.location().line()).isEqualTo(7);
        });
    Parsed<Workflow> broken = GitHubActions.read(SourceFile.of("broken.yml", "on: [push\n"));
    assertThat(dev.devopskit.core.policy.Policy.defaults().check(broken).findingList())
        .extracting(f -> f.ruleId()).contains("yaml/syntax");
  }

  @Test
  void a_policy_checks_a_workflow_read_from_disk_at_the_reader_lines(@TempDir Path root) throws IOException {
    assertThat(EntryVerbs.readsAndChecks(GitHubActions::read, GitHubActions::read, GitHubActions.format(),
        root.resolve(".github/workflows/ci.yml"), "name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n"
            + "    steps:\n      - run: curl -k https://x.example.com/i.sh | sh\n"))
        .extracting(f -> f.ruleId()).contains("github/tls-verification");
  }

  @Test
  void file_write_and_drift_agree_with_text(@TempDir Path root) throws IOException {
    Workflow ci = ProjectWorkflow.ci();
    EntryVerbs.writes(ci, GitHubActions::file, GitHubActions::text, GitHubActions::write, GitHubActions::drift,
        ".github/workflows/ci.yml", root);
  }

  @Test
  void should_write_the_project_workflow_as_the_golden_file() throws IOException {
    String yaml = GitHubActions.text(ProjectWorkflow.ci());
    Shared.oracleOutput("actionlint", "golden-ci.yml", yaml);
    Shared.oracleOutput("schema/github-workflow", "golden-ci.yml", yaml);
    assertThat(yaml).isEqualTo(golden("ci.yml"));
  }

  @Test
  void should_write_every_part_of_the_model_in_documented_key_order() throws IOException {
    String yaml = GitHubActions.text(FullWorkflow.workflow(), WriteOptions.noHeader());
    Shared.oracleOutput("schema/github-workflow", "golden-full.yml", yaml);
    // actionlint 1.7.7 predates schedule.timezone, which GitHub documents: it gets the file without the time zone.
    Shared.oracleOutput("actionlint", "golden-full.yml", yaml.replace("      timezone: Europe/Berlin\n", ""));
    assertThat(yaml).isEqualTo(golden("full.yml"));
    Parsed<Workflow> read = GitHubActions.read(SourceFile.of("full.yml", yaml));
    assertThat(read.findings()).isEmpty();
    assertThat(read.value()).contains(FullWorkflow.workflow());
  }

  @Test
  void should_read_back_what_it_wrote_as_an_equal_value() {
    Workflow ci = ProjectWorkflow.ci();
    Parsed<Workflow> read = GitHubActions.read(SourceFile.of(".github/workflows/ci.yml", GitHubActions.text(ci)));
    assertThat(read.findings()).isEmpty();
    assertThat(read.value()).contains(ci);
  }

  @Test
  void should_write_the_file_atomically_at_its_conventional_path(@TempDir Path repository) throws IOException {
    Path written = GitHubActions.write(ProjectWorkflow.ci(), repository);
    assertThat(repository.relativize(written).toString().replace('\\', '/')).isEqualTo(".github/workflows/ci.yml");
    assertThat(Files.readString(written)).isEqualTo(GitHubActions.text(ProjectWorkflow.ci()));
    try (var files = Files.list(written.getParent())) {
      assertThat(files.count()).as("no temporary file left behind").isEqualTo(1);
    }
  }

  @Test
  void should_read_a_file_from_disk_with_its_file_name(@TempDir Path repository) throws IOException {
    Path written = GitHubActions.write(FullWorkflow.workflow(), repository, WriteOptions.noHeader());
    Parsed<Workflow> read = GitHubActions.read(written);
    assertThat(read.findings()).isEmpty();
    assertThat(read.value()).contains(FullWorkflow.workflow());
    assertThat(read.value().orElseThrow().fileName()).contains("release.yml");
    assertThat(GitHubActions.read(repository.resolve("missing.yml")).hasErrors()).isTrue();
  }

  @Test
  void should_give_the_tree_with_document_paths_of_the_workflow() {
    assertThat(GitHubActions.tree(ProjectWorkflow.ci()).keys())
        .containsExactly("name", "on", "permissions", "concurrency", "jobs");
  }

  @Test
  void should_find_no_drift_when_the_committed_file_is_current(@TempDir Path repository) throws IOException {
    GitHubActions.write(ProjectWorkflow.ci(), repository);
    assertThat(GitHubActions.drift(ProjectWorkflow.ci(), repository)).isEmpty();
  }

  @Test
  void should_show_a_unified_diff_when_the_committed_file_drifted(@TempDir Path repository) throws IOException {
    Path written = GitHubActions.write(ProjectWorkflow.ci(), repository);
    Files.writeString(written, Files.readString(written).replace("timeout-minutes: 30", "timeout-minutes: 60"));
    Optional<String> diff = GitHubActions.drift(ProjectWorkflow.ci(), repository);
    assertThat(diff).isPresent();
    assertThat(diff.get()).contains("-    timeout-minutes: 60", "+    timeout-minutes: 30", "@@");
  }

  @Test
  void should_write_a_configurable_header_or_none() {
    Workflow ci = ProjectWorkflow.ci();
    assertThat(GitHubActions.text(ci)).startsWith("# Generated by devops-kit.");
    assertThat(GitHubActions.text(ci, WriteOptions.defaults().withSource("dev.example.Ci")))
        .startsWith("# Generated by devops-kit. Do not edit by hand: change dev.example.Ci and regenerate.\n");
    assertThat(GitHubActions.text(ci, WriteOptions.noHeader())).startsWith("name: CI\n");
  }

  @Test
  void should_claim_workflow_files_only() {
    WorkflowFormat format = GitHubActions.format();
    assertThat(format.claims(".github/workflows/ci.yml")).isTrue();
    assertThat(format.claims(".github/workflows/release.yaml")).isTrue();
    assertThat(format.claims("repo/.github/workflows/ci.yml")).isTrue();
    assertThat(format.claims(".github/workflows/scripts/x.yml")).isFalse();
    assertThat(format.claims(".github/dependabot.yml")).isFalse();
    assertThat(format.claims("my.github/workflows/ci.yml")).isFalse();
    assertThat(format.claims(".github/workflows/README.md")).isFalse();
  }

  @Test
  void should_be_installed_as_a_format() {
    assertThat(dev.devopskit.core.format.Formats.installed().forPath(".github/workflows/ci.yml"))
        .map(f -> f.name()).contains("github-workflow");
  }
}

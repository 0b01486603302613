package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files named on the command line are routed by content when their path says nothing, {@code --kind} forces a
 * format, and a file no format reads is reported, for {@code devops check} and {@code devops config}.
 */
class NamedFilesTest {
  @TempDir
  Path temp;

  /** The fixtures, copied out of this repository, whose policy excludes test resources. */
  @BeforeEach
  void copyFixtures() throws IOException {
    try (var files = Files.list(Path.of("src/test/resources/named-files"))) {
      files.forEach(file -> {
        try {
          Files.copy(file, temp.resolve(file.getFileName().toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private String fixture(String name) {
    return temp.resolve(name).toString();
  }

  @Test
  void should_check_a_workflow_outside_github_workflows_by_its_on_and_jobs() {
    CliRun run = CliRun.of("check", fixture("build.yml"));
    assertThat(run.out()).contains("build.yml:7:", "github/unpinned-action", "1 of 1 file");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void should_check_an_action_not_named_action_yml_by_its_runs_using() {
    CliRun run = CliRun.of("check", fixture("greet.yml"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("greet.yml:7:", "github/template-injection");
  }

  @Test
  void should_read_a_file_with_services_as_compose() {
    CliRun run = CliRun.of("config", fixture("stack.yml"));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("services:", "image: nginx:1.27", "8080:80");
  }

  @Test
  void should_force_a_format_with_kind() {
    CliRun run = CliRun.of("check", "--kind", "github-action", fixture("build.yml"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("build.yml:1:1", "github/syntax", "the action has no 'description'");
  }

  @Test
  void should_name_the_kinds_for_an_unknown_kind_and_in_help() {
    CliRun run = CliRun.of("check", "--kind", "workflow", fixture("build.yml"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown kind 'workflow'", "github-workflow", "github-action", "compose");
    assertThat(CliRun.of("check", "--help").out()).contains("--kind=KIND", "github-workflow", "github-action");
    assertThat(CliRun.of("config", "--kind", "nope", fixture("build.yml")).err())
        .contains("unknown kind 'nope'", "github-workflow", "yaml");
  }

  @Test
  void should_say_when_the_policy_excludes_a_named_file() throws IOException {
    Path policy = temp.resolve("policy.yml");
    Files.writeString(policy, "exclude:\n  - build.yml\n");
    CliRun run = CliRun.of("check", "--policy", policy.toString(), fixture("build.yml"));
    assertThat(run.out()).contains("0 of 0 files");
    assertThat(run.err()).contains("build.yml: the policy's exclude globs skip this file", "exclude list");
    assertThat(CliRun.of("check", "--policy", policy.toString(), fixture("greet.yml")).err())
        .doesNotContain("exclude globs");
  }

  @Test
  void should_refuse_kind_for_a_folder() {
    CliRun run = CliRun.of("check", "--kind", "github-workflow", temp.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("is a folder; name its files instead");
  }

  @Test
  void should_say_so_when_only_the_plain_text_fallback_reads_a_named_file() {
    CliRun run = CliRun.of("check", fixture("settings.yml"));
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("settings.yml: its path and content name no format", "--kind KIND");
  }

  @Test
  void should_report_a_named_file_no_format_reads_instead_of_skipping_it() {
    CliRun run = CliRun.of("check", fixture("notes.txt"));
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("notes.txt: no format reads this file, so it is not checked", "--kind KIND",
        "github-workflow");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void should_print_an_action_in_canonical_form_and_check_the_actions_of_a_repository() throws IOException {
    CliRun config = CliRun.of("config", fixture("greet.yml"));
    assertThat(config.exit()).isZero();
    assertThat(config.out()).startsWith("name: Greet\ndescription: ").contains("\nruns:\n  using: composite\n");
    Path action = temp.resolve("repo/.github/actions/greet/action.yml");
    Files.createDirectories(action.getParent());
    Files.copy(temp.resolve("greet.yml"), action);
    CliRun check = CliRun.of("check", temp.resolve("repo").toString());
    assertThat(check.out()).contains(".github/actions/greet/action.yml:7:", "github/template-injection");
  }

  @Test
  void should_print_a_workflow_outside_github_workflows_in_canonical_form() {
    CliRun run = CliRun.of("config", fixture("build.yml"));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("name: Build").contains("\non: push\n", "\njobs:\n");
  }
}

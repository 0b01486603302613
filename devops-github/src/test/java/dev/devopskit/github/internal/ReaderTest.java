package dev.devopskit.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReaderTest {

  static Parsed<Workflow> read(String fixture) throws IOException {
    try (var in = ReaderTest.class.getResourceAsStream("/reader/" + fixture)) {
      return GitHubActions.read(SourceFile.of(fixture, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  private static List<String> findings(Parsed<Workflow> parsed) {
    return parsed.findings().stream().map(f -> f.location().line() + ":" + f.location().column() + " " + f.ruleId()
        + " " + f.message()).collect(Collectors.toList());
  }

  @Test
  void should_read_short_and_long_forms_into_equal_values() throws IOException {
    Parsed<Workflow> shortForms = read("short-forms.yml");
    Parsed<Workflow> longForms = read("long-forms.yml");
    assertThat(findings(shortForms)).isEmpty();
    assertThat(findings(longForms)).isEmpty();
    assertThat(shortForms.value()).isEqualTo(longForms.value());
  }

  @Test
  void should_keep_env_numbers_and_booleans_as_written_and_resolve_aliases() throws IOException {
    Workflow workflow = read("short-forms.yml").value().orElseThrow();
    assertThat(workflow.env()).containsEntry("RETRIES", "3").containsEntry("DEBUG", "true");
    Job build = workflow.jobs().get("build");
    assertThat(build.defaults().flatMap(d -> d.shell())).contains("bash");
    assertThat(build.steps().get(0).uses().flatMap(u -> u.comment())).contains("v4.2.2");
    assertThat(workflow.jobs().get("deploy").runsOn().flatMap(r -> r.group())).contains("deployers");
  }

  @Test
  void should_give_positions_for_every_element() throws IOException {
    Parsed<Workflow> parsed = read("short-forms.yml");
    assertThat(parsed.sourceMap().locate(DocPath.parse("jobs.build.steps[1].run")))
        .hasValueSatisfying(span -> assertThat(span.line()).isEqualTo(18));
    assertThat(parsed.sourceMap().locate(DocPath.parse("jobs.deploy.runs-on.group")))
        .hasValueSatisfying(span -> assertThat(span.line()).isEqualTo(22));
  }

  @Test
  void should_read_the_branch_filters_of_a_merge_queue_without_a_finding() throws IOException {
    Parsed<Workflow> parsed = read("merge-queue.yml");
    assertThat(findings(parsed)).isEmpty();
    assertThat(GitHubActions.format().write(parsed.value().orElseThrow()))
        .contains("  merge_group:\n", "      - main\n");
  }

  @Test
  void should_report_unknown_keys_with_a_suggestion_and_keep_them() throws IOException {
    Parsed<Workflow> parsed = read("typo.yml");
    assertThat(findings(parsed)).containsExactly(
        "5:5 github/unknown-key unknown key 'timeout-minute' in 'jobs.build'; did you mean 'timeout-minutes'?",
        "8:9 github/unknown-key unknown key 'shel' in 'jobs.build.steps[0]'; did you mean 'shell'?");
    Job build = parsed.value().orElseThrow().jobs().get("build");
    assertThat(build.extensions()).containsKey("timeout-minute");
    assertThat(GitHubActions.format().write(parsed.value().get())).contains("    timeout-minute: 10\n", "shel: bash");
  }

  @Test
  void should_report_malformed_expressions_at_their_column() throws IOException {
    assertThat(findings(read("bad-expression.yml"))).containsExactly(
        "5:43 github/expression invalid expression in 'jobs.build.if': the expression ends where a value was expected",
        "7:19 github/expression invalid expression in 'jobs.build.steps[0].run': '${{' is not closed by '}}'",
        "8:37 github/expression invalid expression in 'jobs.build.steps[1].run': the expression ends where a value "
            + "was expected");
  }

  @Test
  void should_report_type_errors_as_findings_at_their_line() throws IOException {
    Parsed<Workflow> parsed = read("wrong-types.yml");
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsOnly("github/syntax");
    assertThat(parsed.findings()).extracting(f -> f.location().line()).containsExactlyInAnyOrder(3, 7, 8, 11, 12);
    assertThat(parsed.value()).isPresent();
  }

  @Test
  void should_report_a_needs_cycle_at_its_needs_and_read_the_rest() throws IOException {
    Parsed<Workflow> parsed = read("needs-cycle.yml");
    assertThat(findings(parsed)).containsExactly(
        "10:12 github/syntax jobs need each other in a cycle: a -> b -> a");
    Workflow workflow = parsed.value().orElseThrow();
    assertThat(workflow.jobs().get("a").needs()).containsExactly("b");
    assertThat(workflow.jobs().get("b").needs()).isEmpty();
  }

  @Test
  void should_never_throw_on_broken_yaml() {
    for (String text : new String[] {"", "---", "[", "on: push\njobs: [", "jobs:\n  a: 5", "on: {push: 3}\njobs: {}",
        "on: schedule\njobs:\n  a:\n    runs-on: x\n    steps:\n      - {}", "\u0000", "- a\n- b", "on: &a [*a]"}) {
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of("x.yml", text));
      assertThat(parsed.hasErrors()).as(text).isTrue();
    }
  }
}

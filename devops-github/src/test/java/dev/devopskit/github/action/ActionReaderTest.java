package dev.devopskit.github.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.github.Actions;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActionReaderTest {
  private static Parsed<Action> read(String fixture) {
    return Actions.read(Path.of("src/test/resources/action/reader", fixture));
  }

  private static List<String> findings(Parsed<Action> parsed) {
    return parsed.findings().stream().map(f -> f.location().line() + ":" + f.severity() + ":" + f.ruleId() + ":"
        + f.message()).collect(Collectors.toList());
  }

  @Test
  void should_report_a_composite_run_step_without_a_shell_at_its_run() {
    Parsed<Action> parsed = read("missing-shell.yml");
    assertThat(findings(parsed)).containsExactly("7:ERROR:github/syntax:step runs.steps[0] of a composite action "
        + "runs a script without 'shell'; composite steps have no default shell");
    assertThat(parsed.findings().get(0).fix()).contains("add 'shell: bash'");
    assertThat(parsed.value().orElseThrow().runs().steps()).hasSize(2);
    assertThat(parsed.value().orElseThrow().runs().kind()).isEqualTo(ActionRuns.Kind.COMPOSITE);
  }

  @Test
  void should_report_an_unknown_using_and_unknown_runs_keys_and_keep_the_value() {
    Parsed<Action> parsed = read("unknown-using.yml");
    assertThat(findings(parsed)).hasSize(2);
    assertThat(findings(parsed).get(0)).startsWith("4:ERROR:github/syntax:'runs.using' is 'node8', which GitHub "
        + "does not run");
    assertThat(findings(parsed).get(1)).startsWith("6:ERROR:github/unknown-key:").contains("mane");
    ActionRuns runs = parsed.value().orElseThrow().runs();
    assertThat(runs.kind()).isEqualTo(ActionRuns.Kind.JAVASCRIPT);
    assertThat(runs.main()).contains("index.js");
    assertThat(runs.extensions()).containsKey("mane");
  }

  @Test
  void should_report_missing_description_and_runs_and_read_quoted_booleans() {
    Parsed<Action> parsed = read("no-runs.yml");
    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.findings()).extracting(Finding::message).containsExactly(
        "the action has no 'description'; GitHub requires it",
        "the action has no 'runs'; say how it runs");
    assertThat(parsed.findings()).allMatch(f -> f.location().line() == 1);
  }

  @Test
  void should_give_a_finding_not_an_exception_for_an_empty_file_and_a_list() {
    assertThat(Actions.read(dev.devopskit.core.source.SourceFile.of("action.yml", "")).findings())
        .extracting(Finding::message).containsExactly("the action file is empty; it needs name, description and runs");
    assertThat(Actions.read(dev.devopskit.core.source.SourceFile.of("action.yml", "- a\n")).findings())
        .hasSize(1);
  }

  @Test
  void should_claim_action_files_anywhere_and_recognize_one_by_its_runs_using() {
    var format = Actions.format();
    assertThat(format.claims("action.yml")).isTrue();
    assertThat(format.claims(".github/actions/setup/action.yaml")).isTrue();
    assertThat(format.claims(".github/workflows/ci.yml")).isFalse();
    assertThat(format.claims("my-action.yml")).isFalse();
    assertThat(format.recognizes("name: x\nruns:\n  # how\n  using: composite\n")).isTrue();
    assertThat(format.recognizes("services:\n  runs:\n    using: x\n")).isFalse();
  }
}

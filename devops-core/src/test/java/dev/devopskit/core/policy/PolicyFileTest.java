package dev.devopskit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy file: every key read into a Policy; every bad entry a core/policy finding at its line. */
class PolicyFileTest {
  @TempDir
  Path folder;

  private static List<RuleInfo> known() {
    List<RuleInfo> rules = new ArrayList<>(TestYamlFormat.ruleInfos());
    rules.addAll(CoreRules.all());
    return rules;
  }

  private static String fixture(String name) {
    try (InputStream in = PolicyFileTest.class.getResourceAsStream("/policy/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Parsed<Policy> read(String name, String text) {
    return PolicyFile.read(SourceFile.of(name, text), known(), folder);
  }

  @Test
  void should_read_every_key_of_a_good_policy_file() {
    Parsed<Policy> parsed = read(".devops-kit.yml", fixture("good.yml"));
    assertThat(parsed.findings()).isEmpty();
    Policy policy = parsed.value().orElseThrow();
    assertThat(policy.profile()).isEqualTo(Profile.TRUNK);
    assertThat(policy.select()).containsExactly("*");
    assertThat(policy.ignore()).containsExactly("test/boom");
    assertThat(policy.exclude()).containsExactly("fixtures/**");
    assertThat(policy.severities()).containsEntry("test/flagged-value", Severity.ERROR)
        .containsEntry("core/unused-suppression", Severity.NOTE);
    assertThat(policy.options()).containsEntry("test/flagged-value", Map.of("max-length", 12L));
    assertThat(policy.suppressions()).containsExactly(
        new Suppression("test/flagged-value", java.util.Optional.of("legacy/*.test.yml"),
            java.util.Optional.of("jobs.old"), "the legacy jobs are replaced next quarter"),
        new Suppression("test/*", java.util.Optional.of("tests/**"), java.util.Optional.empty(),
            "everything in tests is accepted"));
    assertThat(policy.origin()).contains(".devops-kit.yml");
    assertThat(policy.enabled(TestYamlFormat.BOOM.info())).isFalse();
    assertThat(policy.enabled(TestYamlFormat.FLAGGED.info())).isTrue();
  }

  @Test
  void should_default_to_the_recommended_profile_and_report_an_unknown_one_at_its_line() {
    assertThat(read("p.yml", "ignore: [test/boom]\n").value().orElseThrow().profile())
        .isEqualTo(Profile.RECOMMENDED);
    Parsed<Policy> parsed = read("p.yml", "ignore: []\nprofile: strictest\n");
    assertThat(parsed.findings()).extracting(f -> f.location().line(), Finding::message)
        .containsExactly(tuple(2, "profile 'strictest' is not one of recommended, trunk, strict"));
    assertThat(parsed.value().orElseThrow().profile()).isEqualTo(Profile.RECOMMENDED);
  }

  @Test
  void should_write_a_policy_that_reads_back_equal() {
    Policy policy = Policy.of(Profile.TRUNK).withSelect("docker/*").withIgnore("test/boom")
        .withExclude("fixtures/**").withSeverities(Map.of("test/flagged-value", Severity.NOTE))
        .withOptions(Map.of("test/flagged-value", Map.of("max-length", 12L)));
    String text = PolicyFile.text(policy, "the team's policy");
    assertThat(text).startsWith("# the team's policy\n").contains("profile: trunk\n");
    Policy read = read(".devops-kit.yml", text).value().orElseThrow();
    assertThat(read.withOrigin(java.util.Optional.empty())).isEqualTo(policy);
  }

  @Test
  void should_report_every_bad_entry_at_its_line_and_keep_the_rest() {
    Parsed<Policy> parsed = read(".devops-kit.yml", fixture("bad.yml"));
    List<Finding> findings = parsed.findings().stream().sorted().toList();
    assertThat(findings).allMatch(f -> f.ruleId().equals(CoreRules.POLICY.id()))
        .allMatch(f -> f.severity() == Severity.ERROR);
    assertThat(findings).extracting(f -> f.location().line(), Finding::message).containsExactly(
        tuple(1, "rule pattern 'test/flaged-value' matches no rule"),
        tuple(2, "unknown key 'ignores' in the policy file"),
        tuple(4, "unknown rule 'test/flaged-value'"),
        tuple(6, "severity 'fatal' of 'test/flagged-value' is not one of error, warning, note, off"),
        tuple(7, "rule 'test/flagged-value' has no option 'max-lenght'"),
        tuple(8, "settings of 'test/boom' are a mapping (severity and options)"),
        tuple(10, "suppression of 'test/boom' gives no reason"),
        tuple(11, "suppression names no rule"),
        tuple(12, "a suppression is a mapping with rule, path and reason"),
        tuple(13, "baseline file 'missing-baseline.txt' could not be read (NoSuchFileException)"));
    assertThat(findings.get(0).fix()).contains("did you mean 'test/flagged-value'?");
    assertThat(findings.get(1).fix()).contains("did you mean 'ignore'?");
    assertThat(findings.get(2).fix()).contains("did you mean 'test/flagged-value'?");
    assertThat(findings.get(4).fix()).contains("did you mean 'max-length'?");
    assertThat(parsed.value()).isPresent();
  }

  @Test
  void should_read_an_empty_file_as_the_default_policy() {
    Parsed<Policy> parsed = read("p.yml", "# nothing yet\n");
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value().orElseThrow()).isEqualTo(Policy.builder().origin("p.yml").build());
  }

  @Test
  void should_report_a_file_that_is_not_a_mapping() {
    assertThat(read("p.yml", "- a\n- b\n").findings()).extracting(Finding::ruleId)
        .containsExactly(CoreRules.POLICY.id());
  }

  @Test
  void should_report_yaml_syntax_errors_of_the_policy_file() {
    Parsed<Policy> parsed = read("p.yml", "rules:\n  a: [\n");
    assertThat(parsed.findings()).extracting(Finding::ruleId).contains("yaml/syntax");
    assertThat(parsed.value()).isPresent();
  }

  @Test
  void should_turn_off_a_rule_with_severity_off() {
    Policy policy = read("p.yml", "rules:\n  test/boom: off\n  test/flagged-value:\n    severity: OFF\n")
        .value().orElseThrow();
    assertThat(policy.enabled(TestYamlFormat.BOOM.info())).isFalse();
    assertThat(policy.enabled(TestYamlFormat.FLAGGED.info())).isFalse();
  }

  @Test
  void should_read_the_baseline_named_in_the_policy_file() throws IOException {
    Files.writeString(folder.resolve("baseline.txt"), "# comment\nabc123 test/boom a.yml\n\ndef456\n");
    Policy policy = read("p.yml", "baseline: baseline.txt\n").value().orElseThrow();
    assertThat(policy.baseline()).containsExactly("abc123", "def456");
    assertThat(policy.baselineOrigin()).contains("baseline.txt");
  }

  @Test
  void should_skip_unknown_rule_checks_when_no_rules_are_known() {
    Parsed<Policy> parsed = PolicyFile.read(SourceFile.of("p.yml", "rules:\n  any/thing: warning\n"), List.of(),
        folder);
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value().orElseThrow().severities()).containsEntry("any/thing", Severity.WARNING);
  }

  @Test
  void should_report_an_option_of_the_wrong_type_at_its_line_and_keep_the_default() {
    Parsed<Policy> parsed = read("p.yml", "rules:\n  test/flagged-value:\n    severity: error\n"
        + "    max-length: long\n");
    assertThat(parsed.findings()).extracting(Finding::ruleId, f -> f.location().line())
        .containsExactly(tuple(CoreRules.POLICY.id(), 4));
    assertThat(parsed.findings().get(0).message()).contains("'max-length'", "whole number", "'long'");
    assertThat(parsed.findings().get(0).fix()).hasValueSatisfying(fix -> assertThat(fix).contains("40"));
    Policy policy = parsed.value().orElseThrow();
    assertThat(policy.optionsOf("test/flagged-value")).isEmpty();
    assertThat(policy.severities()).containsEntry("test/flagged-value", Severity.ERROR);
  }

  @Test
  void should_accept_a_number_written_as_a_quoted_string() {
    Parsed<Policy> parsed = read("p.yml", "rules:\n  test/flagged-value:\n    max-length: \"12\"\n");
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value().orElseThrow().optionsOf("test/flagged-value")).containsEntry("max-length", "12");
  }
}

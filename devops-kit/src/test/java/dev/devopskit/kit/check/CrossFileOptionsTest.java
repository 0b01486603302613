package dev.devopskit.kit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.policy.PolicyFile;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, severities and disabling of cross-file rules through the policy, as for single-file rules. */
class CrossFileOptionsTest {
  private static final String RULE = "consistency/postgres-version";
  private static final Formats FORMATS = Formats.installed();

  @TempDir
  Path root;

  @BeforeEach
  void repository() throws IOException {
    Files.createDirectories(root.resolve(".git"));
    Files.writeString(root.resolve("devops.yaml"), "name: shop\nservices:\n  - kind: postgresql\n    version: \"16\"\n");
    Files.writeString(root.resolve("docker-compose.yml"), "services:\n  db:\n    image: postgres:15\n");
  }

  @Test
  void should_report_the_disagreement_under_the_trunk_profile() throws IOException {
    assertThat(findings(Policy.defaults(), RULE)).isEmpty();
    assertThat(findings(Policy.of(Profile.TRUNK), RULE)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void should_accept_the_drift_an_option_allows() throws IOException {
    Policy policy = Policy.builder().profile(Profile.TRUNK).putOption(RULE, Map.of("allowed-drift", 1)).build();
    assertThat(findings(policy, RULE)).isEmpty();
  }

  @Test
  void should_apply_the_severity_of_the_policy_file() throws IOException {
    Policy policy = policyFile("profile: trunk\nrules:\n  " + RULE + ":\n    severity: error\n");
    assertThat(findings(policy, RULE)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void should_not_run_a_rule_the_policy_file_turns_off() throws IOException {
    Policy policy = policyFile("profile: trunk\nrules:\n  " + RULE + ": off\n");
    assertThat(findings(policy, RULE)).isEmpty();
  }

  @Test
  void should_report_a_bad_value_set_in_java_once_and_use_the_default() throws IOException {
    Policy policy = Policy.builder().profile(Profile.TRUNK)
        .putOption(RULE, Map.of("allowed-drift", "two", "major-version", "x")).build();
    List<Finding> problems = findings(policy, CoreRules.POLICY.id());
    assertThat(problems).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("must be a whole number",
        "the default is used"));
    assertThat(findings(policy, RULE)).hasSize(1);
  }

  @Test
  void should_report_unknown_options_and_bad_values_of_the_policy_file_at_their_line() {
    String text = "rules:\n  " + RULE + ":\n    allowed-drift: two\n    allowed-drfit: 1\n";
    Parsed<Policy> parsed = PolicyFile.read(SourceFile.of(".devops-kit.yml", text),
        RepositoryCheck.of(FORMATS, Policy.defaults()).rules(), root);
    assertThat(parsed.findings()).extracting(f -> f.location().line()).containsExactly(3, 4);
    assertThat(parsed.findings().get(0).message()).contains("'allowed-drift'", "must be a whole number", "two");
    assertThat(parsed.findings().get(1).fix()).hasValueSatisfying(fix -> assertThat(fix).contains("allowed-drift"));
    assertThat(parsed.value().orElseThrow().optionsOf(RULE)).isEmpty();
  }

  private Policy policyFile(String text) {
    Parsed<Policy> parsed = PolicyFile.read(SourceFile.of(".devops-kit.yml", text),
        RepositoryCheck.of(FORMATS, Policy.defaults()).rules(), root);
    assertThat(parsed.findings()).isEmpty();
    return parsed.value().orElseThrow();
  }

  private List<Finding> findings(Policy policy, String ruleId) throws IOException {
    CheckResult result = RepositoryCheck.of(FORMATS, policy).check(root);
    return result.findingList().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}

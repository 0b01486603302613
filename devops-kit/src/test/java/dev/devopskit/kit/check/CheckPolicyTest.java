package dev.devopskit.kit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckPolicyTest {
  @TempDir
  Path root;

  @Test
  void should_use_the_defaults_when_the_folder_has_no_policy_file() {
    CheckPolicy chosen = CheckPolicy.load(Formats.installed(), Optional.empty(), root);

    assertThat(chosen.policy()).isEqualTo(Policy.defaults());
    assertThat(chosen.findings()).isEmpty();
  }

  @Test
  void should_report_a_broken_policy_file_with_its_line_and_check_with_the_defaults() throws IOException {
    Files.writeString(root.resolve(".devops-kit.yml"), "rules:\n  - [unclosed\n");

    CheckPolicy chosen = CheckPolicy.load(Formats.installed(), Optional.empty(), root);
    CheckResult result = chosen.addFindingsTo(CheckResult.empty());

    assertThat(result.findingList()).extracting(f -> f.ruleId() + " " + f.location().line())
        .containsExactly("core/policy 1", "yaml/syntax 3");
    assertThat(result.findingList()).allSatisfy(f -> assertThat(f.location().file()).endsWith(".devops-kit.yml"));
  }

  @Test
  void should_name_a_missing_policy_or_baseline_file() {
    Path policy = root.resolve("policy.yml");
    assertThatThrownBy(() -> CheckPolicy.load(Formats.installed(), Optional.of(policy), root))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("policy file not found: " + policy);
    CheckPolicy defaults = CheckPolicy.load(Formats.installed(), Optional.empty(), root);
    assertThatThrownBy(() -> defaults.withBaseline(root.resolve("baseline.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseline file not found: " + root.resolve("baseline.txt"));
  }
}

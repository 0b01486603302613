package dev.devopskit.github.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.test.fixtures.RuleFixtures;
import dev.devopskit.github.Actions;
import dev.devopskit.github.rules.ActionRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workflow rules that judge steps judge a composite action's steps the same way, at their lines. */
class ActionRulesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/action/rules");

  private static List<Integer> lines(String ruleId, String fixture) throws IOException {
    Rule<Action> rule = ActionRules.all().stream().filter(r -> r.info().id().equals(ruleId)).findFirst()
        .orElseThrow();
    return RuleFixtures.lines(Actions.format(), rule, Policy.defaults(), FIXTURES.resolve(fixture));
  }

  @Test
  void should_report_unpinned_third_party_actions_and_images_in_composite_steps() throws IOException {
    // a tag of a third-party action (7), an image without a digest (8); actions/* on a tag, a SHA and a local
    // action are fine
    assertThat(lines("github/unpinned-action", "unpinned-action.yml")).containsExactly(7, 8);
  }

  @Test
  void should_report_attacker_controlled_contexts_expanded_in_composite_scripts() throws IOException {
    // the pull request title in run (10) and the head ref in github-script (19); through env (12-14) and
    // inputs and github.sha (16) are not reported
    assertThat(lines("github/template-injection", "template-injection.yml")).containsExactly(10, 19);
  }

  @Test
  void should_report_needless_actions_shells_and_package_installs_in_composite_steps() throws IOException {
    // a release wrapper (7), a global install by name in bash (8; npm ci and plain npx at 10 are fine, pwsh at 14 is
    // not read), the cmd shell (13) and setup-python's pip-install (18)
    assertThat(lines("github/superfluous-actions", "needless-forms.yml")).containsExactly(7);
    assertThat(lines("github/adhoc-packages", "needless-forms.yml")).containsExactly(8);
    assertThat(lines("github/misfeature", "needless-forms.yml")).containsExactly(13, 18);
  }

  @Test
  void should_report_a_literal_secret_in_an_action_file_but_not_a_reference() throws IOException {
    assertThat(lines("github/literal-secret", "literal-secret.yml")).containsExactly(11);
  }

  @Test
  void should_pass_this_repository_s_own_action() throws IOException {
    for (Rule<Action> rule : ActionRules.all()) {
      assertThat(RuleFixtures.lines(Actions.format(), rule, Policy.defaults(), Path.of("..", "action.yml")))
          .as(rule.info().id()).isEmpty();
    }
  }

  @Test
  void should_report_environment_writes_unsafe_commands_tls_and_obfuscation_in_composite_steps()
      throws IOException {
    // untrusted title to GITHUB_ENV (9), set-env turned back on (14), curl -k piped into bash (15), a '.' in an
    // action path (17), an expression with a fixed value (18); a fixed env value written to GITHUB_ENV is fine
    assertThat(lines("github/github-env", "step-hazards.yml")).containsExactly(9);
    assertThat(lines("github/insecure-commands", "step-hazards.yml")).containsExactly(14);
    assertThat(lines("github/tls-verification", "step-hazards.yml")).containsExactly(15);
    assertThat(lines("github/obfuscation", "step-hazards.yml")).containsExactly(17, 18);
  }

  @Test
  void should_register_the_step_rules_under_their_workflow_ids() {
    assertThat(Actions.format().rules()).extracting(r -> r.info().id())
        .containsExactly("github/unpinned-action", "github/template-injection", "github/superfluous-actions",
            "github/misfeature", "github/adhoc-packages", "github/github-env", "github/insecure-commands",
            "github/tls-verification", "github/obfuscation", "github/literal-secret");
  }
}

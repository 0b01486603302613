package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.RuleDocs;
import dev.devopskit.test.fixtures.RuleFixtures;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GitHubRulesTest {

  @TestFactory
  Stream<DynamicTest> should_pass_each_rules_fixtures() {
    // github/forbidden-uses reports nothing until a policy lists actions: its fixtures run under such a policy.
    Policy policy = Policy.defaults().withOptions(Map.of("github/forbidden-uses", Map.of(
        "allow", List.of("actions/*", "acme/*", "docker://alpine"), "deny", List.of("acme/legacy-deploy"))));
    return GitHubRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.info().id(),
        () -> assertThat(RuleFixtures.check(GitHubActions.format(), rule, policy)).isGreaterThanOrEqualTo(2)));
  }

  @Test
  void should_count_estimates_on_the_critical_path_and_timeouts_only_when_asked() throws IOException {
    java.nio.file.Path fixture = RuleFixtures.folder("github/pipeline-budget").resolve("trigger.yml");
    PipelineBudget rule = new PipelineBudget();
    Policy timeouts = Policy.defaults().withOptions(Map.of("github/pipeline-budget", Map.of("count-timeouts", true)));
    Policy estimates = Policy.defaults().withOptions(Map.of("github/pipeline-budget",
        Map.of("estimates", List.of("lint=2", "test=6", "build=4"))));
    Policy fast = Policy.defaults().withOptions(Map.of("github/pipeline-budget",
        Map.of("estimates", List.of("lint=1", "test=4", "build=3"))));
    assertThat(RuleFixtures.lines(GitHubActions.format(), rule, timeouts, fixture)).containsExactly(3, 13);
    assertThat(RuleFixtures.lines(GitHubActions.format(), rule, estimates, fixture)).containsExactly(3, 13);
    assertThat(RuleFixtures.lines(GitHubActions.format(), rule, fast, fixture)).containsExactly(3);
  }

  @Test
  void should_pin_first_party_actions_too_under_the_zizmor_policy() throws IOException {
    java.nio.file.Path fixture = RuleFixtures.folder("github/unpinned-action").resolve("refs.yml");
    Policy everything = Policy.defaults().withOptions(Map.of("github/unpinned-action",
        Map.of("policies", List.of("*=hash-pin"))));
    Policy ownOrg = Policy.defaults().withOptions(Map.of("github/unpinned-action",
        Map.of("policies", List.of("acme/*=any", "docker/*=ref-pin", "*=ref-pin"))));
    assertThat(RuleFixtures.lines(GitHubActions.format(), new UnpinnedAction(), everything, fixture))
        .containsExactly(7, 11, 12, 13, 14);
    assertThat(RuleFixtures.lines(GitHubActions.format(), new UnpinnedAction(), ownOrg, fixture))
        .containsExactly(14);
  }

  @Test
  void should_document_every_rule() throws IOException {
    RuleDocs.assertDocumented(GitHubRules.all().stream().map(Rule::info).collect(Collectors.toList()));
  }

  @Test
  void should_register_every_rule_in_the_format_with_unique_ids() {
    List<String> ids = GitHubRules.all().stream().map(r -> r.info().id()).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates().hasSize(44).allMatch(id -> id.startsWith("github/"));
    assertThat(GitHubActions.format().rules().stream().map(r -> r.info().id())).containsAll(ids);
  }

  @Test
  void should_honour_zizmors_ignore_comments_for_the_matching_rule_and_never_report_them_unused() {
    String text = "on: issues\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n"
        + "      - run: echo \"${{ github.event.issue.title }}\" # zizmor: ignore[template-injection]\n"
        + "      # zizmor: ignore[template-injection]\n"
        + "      - run: echo \"${{ github.event.issue.body }}\"\n"
        + "      - run: echo \"${{ github.event.issue.title }}\" # zizmor: ignore[unpinned-uses]\n"
        + "      - run: echo done # zizmor: ignore[github-env]\n";
    var parsed = GitHubActions.read(dev.devopskit.core.source.SourceFile.of(".github/workflows/greet.yml", text));
    var result = Policy.defaults().check(parsed, GitHubRules.all());
    assertThat(result.findings()).filteredOn(f -> !List.of("github/excessive-permissions", "github/job-name",
        "github/anonymous-definition")
        .contains(f.ruleId())).extracting(f -> f.ruleId() + "@" + f.location().line())
        .containsExactly("github/template-injection@9");
    assertThat(result.suppressed()).isEqualTo(2);
  }

  @Test
  void should_name_the_untrusted_source_behind_a_derived_value() throws IOException {
    java.nio.file.Path fixture = RuleFixtures.folder("github/template-injection").resolve("derived.yml");
    var parsed = GitHubActions.read(dev.devopskit.core.source.SourceFile.of("derived.yml",
        java.nio.file.Files.readString(fixture)));
    var messages = Policy.defaults().check(parsed, List.of(new TemplateInjection())).findings().stream()
        .map(f -> f.location().line() + " " + f.message()).toList();
    assertThat(messages).anyMatch(m -> m.startsWith("14 ") && m.contains("env.TITLE (set from github.event.issue.title)"))
        .anyMatch(m -> m.startsWith("17 ") && m.contains("steps.read.outputs (written from $TITLE"))
        .anyMatch(m -> m.startsWith("27 ") && m.contains("needs.title.outputs.title"))
        .anyMatch(m -> m.startsWith("34 ") && m.contains("matrix.package (built from github.event.issue.body)"));
  }

  @Test
  void should_not_throw_on_an_empty_workflow() {
    Workflow empty = Workflow.builder().build();
    for (Rule<Workflow> rule : GitHubRules.all()) {
      var context = dev.devopskit.core.check.RuleContext.forValue(rule.info());
      rule.check(empty, context);
      assertThat(context.findings()).as(rule.info().id()).allMatch(f -> f.ruleId().equals(rule.info().id()));
    }
  }

  @Test
  void should_read_the_cost_class_labels_back() {
    for (CostClass cost : CostClass.values()) {
      assertThat(CostClass.parse(cost.label())).contains(cost);
    }
    assertThat(CostClass.LINT.tier()).isEqualTo(CostClass.TYPE_CHECK.tier());
    RuleInfo info = FailFastOrder.INFO;
    assertThat(info.options()).extracting(o -> o.name()).contains("job-costs");
  }
}

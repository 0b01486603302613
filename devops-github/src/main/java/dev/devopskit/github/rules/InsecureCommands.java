package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code github/insecure-commands}: {@code ACTIONS_ALLOW_UNSECURE_COMMANDS} turns the deprecated {@code set-env}
 * and {@code add-path} workflow commands back on, so any text a step prints (a test name, a log line from a
 * dependency) can set environment variables and the path of later steps.
 */
public final class InsecureCommands implements Rule<Workflow>, StepRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/insecure-commands", Profile.RECOMMENDED, Severity.ERROR,
      "The deprecated set-env and add-path commands stay disabled").withConfidence(Confidence.HIGH);
  private static final String NAME = "ACTIONS_ALLOW_UNSECURE_COMMANDS";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    report(workflow.env(), DocPath.root(), context);
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      report(entry.getValue().env(), Pipelines.job(entry.getKey()), context);
      var steps = entry.getValue().steps();
      for (int i = 0; i < steps.size(); i++) {
        report(steps.get(i).env(), Pipelines.step(entry.getKey(), i), context);
      }
    }
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    report(step.env(), scope.path(), context);
  }

  private static void report(Map<String, String> env, DocPath owner, RuleContext context) {
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (e.getKey().equalsIgnoreCase(NAME) && enabled(e.getValue())) {
        context.report(owner.key("env").key(e.getKey()), NAME + " turns the set-env and add-path commands back on: "
            + "any output of this job can then change the environment and PATH of later steps",
            "remove " + NAME + " and write to $GITHUB_ENV and $GITHUB_PATH instead");
      }
    }
  }

  private static boolean enabled(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return !List.of("", "false", "0", "no", "off").contains(v);
  }
}

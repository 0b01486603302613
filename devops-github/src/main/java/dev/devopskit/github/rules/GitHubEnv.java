package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.Optional;

/**
 * {@code github/github-env}: a script that writes a value an outsider controls to {@code $GITHUB_ENV} or
 * {@code $GITHUB_PATH} lets them set any variable of the later steps ({@code LD_PRELOAD}, {@code NODE_OPTIONS},
 * {@code BASH_ENV}) or put their own directory first on the path: code execution without any {@code ${{ }}}.
 */
public final class GitHubEnv implements Rule<Workflow>, StepRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/github-env", Profile.RECOMMENDED, Severity.ERROR,
      "Untrusted values are not written to GITHUB_ENV or GITHUB_PATH").withConfidence(Confidence.HIGH);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    boolean privileged = Pipelines.on(workflow, "pull_request_target") || Pipelines.on(workflow, "workflow_run");
    Taint.walk(workflow, (job, index, step, scope) -> report(step, scope, Pipelines.step(job, index), privileged,
        context));
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    report(step, Taint.ofStep(step), scope.path(), false, context);
  }

  private static void report(Step step, Taint.Scope taint, DocPath at, boolean privileged, RuleContext context) {
    Optional<String> write = step.run().flatMap(taint::untrustedWrite);
    if (write.isPresent()) {
      context.report(at.key("run"), "the script writes to " + write.get() + ", which an "
          + "outsider controls: a line break in it sets any variable of the later steps (LD_PRELOAD, BASH_ENV)"
          + (privileged ? ", here with this repository's secrets and write token" : ""),
          "validate the value (a pattern that allows no line break) before writing it, or pass it to the steps "
          + "that need it through their own env:");
    }
  }
}

package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.runbook.Runbook;
import dev.devopskit.docs.runbook.RunbookStep;
import java.util.List;

/**
 * {@code runbook/step-command}: every step (and rollback step) gives the command to run in a fenced block with
 * its language, so nobody types it from memory at 3 a.m.
 */
public final class StepCommandRule implements Rule<Runbook> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("runbook/step-command", Profile.TRUNK, Severity.WARNING,
      "Every runbook step has its command in a fenced block with a language").withConfidence(Confidence.MEDIUM);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Runbook runbook, RuleContext context) {
    check(runbook.steps(), "steps", context);
    check(runbook.rollback(), "rollback", context);
    if (runbook.steps().isEmpty()) {
      context.report(DocPath.of("steps"), "the runbook has no steps", "add a '## Steps' section with one "
          + "'### Step N: ...' heading per step, each with its command");
    }
  }

  private static void check(List<RunbookStep> steps, String path, RuleContext context) {
    for (int i = 0; i < steps.size(); i++) {
      RunbookStep step = steps.get(i);
      DocPath at = DocPath.of(path).index(i);
      if (step.command().isEmpty()) {
        context.report(at, "step '" + step.title() + "' has no command",
            "add the exact command in a fenced block, like ```bash ... ```; for a manual step, say where to click "
                + "or whom to call in a block of kind text");
      } else if (step.command().get().language().isEmpty()) {
        context.report(at.key("command"), "the command of step '" + step.title() + "' has no language",
            "name the language after the fence, like ```bash");
      }
    }
  }
}

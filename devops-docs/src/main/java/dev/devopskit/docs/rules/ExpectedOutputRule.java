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
 * {@code runbook/expected-output}: every step with a command says what its output should be, and what to do when
 * it differs.
 */
public final class ExpectedOutputRule implements Rule<Runbook> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("runbook/expected-output", Profile.TRUNK, Severity.WARNING,
      "Every runbook command has its expected output and what to do if the output differs").withConfidence(Confidence.MEDIUM);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Runbook runbook, RuleContext context) {
    check(runbook.steps(), "steps", context);
    check(runbook.rollback(), "rollback", context);
  }

  private static void check(List<RunbookStep> steps, String path, RuleContext context) {
    for (int i = 0; i < steps.size(); i++) {
      RunbookStep step = steps.get(i);
      if (step.command().isEmpty()) {
        continue;
      }
      DocPath at = DocPath.of(path).index(i);
      if (step.expectedOutput().isEmpty()) {
        context.report(at.key("command"), "step '" + step.title() + "' does not say what output to expect",
            "add 'Expected output:' and a ```text block with what a healthy run prints");
      } else if (step.ifDifferent().isEmpty()) {
        context.report(at.key("expectedOutput"), "step '" + step.title()
            + "' does not say what to do when the output differs",
            "add 'If the output differs: ...' with the next thing to try or whom to escalate to");
      }
    }
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.github.workflow.Step;

/**
 * A rule that judges steps one at a time, wherever they are: the steps of a workflow's jobs and the
 * {@code runs.steps} of a composite action. A workflow rule implements it beside {@code Rule<Workflow>} (calling
 * {@link #checkStep} from its own loop over the jobs) and is listed in {@link ActionRules}, which runs it over every
 * composite action, under the same id, so one policy entry or suppression covers both.
 */
public interface StepRule {

  /** The rule's id, summary, severity and options. */
  RuleInfo info();

  /** Checks one step; findings are reported at paths under {@code scope.path()}. */
  void checkStep(Step step, StepScope scope, RuleContext context);
}

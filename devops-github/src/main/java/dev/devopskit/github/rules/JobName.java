package dev.devopskit.github.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Workflow;

/** {@code github/job-name}: every job has a human-readable {@code name}, shown in checks and branch protection. */
public final class JobName implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/job-name", Profile.TRUNK, Severity.NOTE,
      "Every job has a readable name");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    workflow.jobs().forEach((id, job) -> {
      if (job.name().filter(n -> !n.isBlank()).isEmpty()) {
        context.reportAtKey(Pipelines.job(id), "job '" + id + "' has no name, so checks and required status "
            + "checks show its id", "add name: with what it does, such as 'Unit tests'");
      }
    });
  }
}

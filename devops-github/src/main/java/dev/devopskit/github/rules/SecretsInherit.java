package dev.devopskit.github.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Workflow;

/**
 * {@code github/secrets-inherit}: a job that calls a reusable workflow passes the secrets it needs by name, not
 * {@code secrets: inherit}, which hands every secret of the caller to the called workflow.
 */
public final class SecretsInherit implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/secrets-inherit", Profile.RECOMMENDED, Severity.WARNING,
      "Reusable workflows get the secrets they need by name, not secrets: inherit");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    workflow.jobs().forEach((id, job) -> {
      if (job.inheritSecrets()) {
        context.report(Pipelines.job(id).key("secrets"), "job '" + id + "' passes every secret of this "
            + "repository to " + job.uses().map(Object::toString).orElse("the called workflow"),
            "list the secrets it needs: secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }");
      }
    });
  }
}

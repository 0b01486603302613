package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Workflow;
import java.util.Map;

/**
 * {@code github/trunk-triggers}: a CI workflow (one that runs checks on push or pull request) runs on pull requests
 * and on push to the trunk branch, so every change is checked before and after it merges.
 */
public final class TrunkTriggers implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/trunk-triggers")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("CI runs on pull requests and on push to the trunk branch")
      .addOptions(new RuleOption("trunk", "the trunk branch", "main"),
          new RuleOption("job-costs", "cost classes by job id, overriding detection, as job=class", "[]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    String trunk = context.stringOption("trunk");
    if (!isCi(workflow, Pipelines.explicitCosts(context.listOption("job-costs")))) {
      return;
    }
    boolean pullRequest = Pipelines.on(workflow, "pull_request");
    boolean push = Pipelines.pushCovers(workflow, trunk);
    if (!pullRequest || !push) {
      String missing = !pullRequest && !push ? "pull_request and push to " + trunk
          : !pullRequest ? "pull_request" : "push to " + trunk;
      context.reportAtKey(DocPath.of("on"), "this CI workflow does not run on " + missing
          + ", so changes are not checked both before and after they reach the trunk",
          "use on: pull_request and push: branches: [" + trunk + "]");
    }
  }

  /** Whether a workflow is a CI workflow: it runs on push or pull request and has a check job. */
  static boolean isCi(Workflow workflow, Map<String, CostClass> explicit) {
    if (!Pipelines.on(workflow, "push") && !Pipelines.on(workflow, "pull_request")) {
      return false;
    }
    for (CostClass cost : Pipelines.costs(workflow, explicit).values()) {
      if (cost.isCheck()) {
        return true;
      }
    }
    return false;
  }
}

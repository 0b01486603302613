package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code github/trunk-triggers}: a CI workflow (one that runs checks on push or pull request) runs on pull requests
 * and on push to the trunk branch (or in the merge queue), so every change is checked before and after it merges.
 *
 * <p>The trunk is the repository's default branch. Unless the {@code trunk} option names it, it is read from the
 * workflow: the branch its pull requests target, else any of {@code main}, {@code master}, {@code develop} and
 * {@code trunk}. Reusable workflows ({@code workflow_call}: their callers choose the events) and release workflows
 * (pushed tags only) are not CI.
 */
public final class TrunkTriggers implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/trunk-triggers")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("CI runs on pull requests and on push to the trunk branch")
      .addOptions(new RuleOption("trunk", "the trunk branch, or auto: the branch pull requests target, else main, "
          + "master, develop or trunk", "auto"),
          new RuleOption("job-costs", "cost classes by job id, overriding detection, as job=class", "[]"))
      .build();

  /** The usual names of a repository's default branch. */
  private static final List<String> DEFAULT_BRANCHES = List.of("main", "master", "develop", "trunk");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    if (!isCi(workflow, WorkflowFacts.of(workflow, context)
        .costs(Pipelines.explicitCosts(context.listOption("job-costs"))))) {
      return;
    }
    List<String> trunks = trunks(workflow, context.stringOption("trunk"));
    boolean pullRequest = Pipelines.on(workflow, "pull_request");
    boolean push = Pipelines.on(workflow, "merge_group")
        || trunks.stream().anyMatch(branch -> Pipelines.pushCovers(workflow, branch));
    if (!pullRequest || !push) {
      String trunk = trunks.get(0);
      String missing = !pullRequest && !push ? "pull_request and push to " + trunk
          : !pullRequest ? "pull_request" : "push to " + trunk;
      context.reportAtKey(DocPath.of("on"), "this CI workflow does not run on " + missing
          + ", so changes are not checked both before and after they reach the trunk",
          "use on: pull_request and push: branches: [" + trunk + "]");
    }
  }

  /**
   * The branches that may be the trunk, the likeliest first: the option's branch, else the plain branch names that
   * pull requests target, else the usual names of a default branch.
   */
  static List<String> trunks(Workflow workflow, String option) {
    if (!option.isBlank() && !option.strip().equals("auto")) {
      return List.of(option.strip());
    }
    List<String> targets = new ArrayList<>();
    workflow.trigger("pull_request").ifPresent(t -> t.branches().stream()
        .filter(b -> !b.startsWith("!") && b.chars().noneMatch(c -> "*?[".indexOf(c) >= 0)).forEach(targets::add));
    return targets.isEmpty() ? DEFAULT_BRANCHES : targets;
  }

  /** A release workflow: it runs on pushed tags only, without pull requests. */
  private static boolean release(Workflow workflow) {
    Optional<Trigger> push = workflow.trigger("push");
    return !Pipelines.on(workflow, "pull_request") && !Pipelines.on(workflow, "merge_group") && push.isPresent()
        && push.get().branches().isEmpty() && push.get().branchesIgnore().isEmpty() && !push.get().tags().isEmpty();
  }

  /**
   * Whether a workflow is a CI workflow: it runs on push or pull request and has a check job, and is neither
   * reusable nor a release workflow.
   */
  static boolean isCi(Workflow workflow, Map<String, CostClass> costs) {
    if (!Pipelines.on(workflow, "push") && !Pipelines.on(workflow, "pull_request")
        || Pipelines.on(workflow, "workflow_call") || release(workflow)) {
      return false;
    }
    for (CostClass cost : costs.values()) {
      if (cost.isCheck()) {
        return true;
      }
    }
    return false;
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code github/dangerous-trigger}: a workflow on {@code pull_request_target} or {@code workflow_run} runs with the
 * base repository's secrets and a writable token; checking out (and then building or running) the pull request's
 * code there hands both to whoever opened it.
 */
public final class DangerousTrigger implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/dangerous-trigger", Profile.RECOMMENDED, Severity.ERROR,
      "pull_request_target and workflow_run do not check out the pull request's code");
  private static final Pattern PR_REF = Pattern.compile("github\\.event\\.pull_request\\.head\\.(sha|ref)"
      + "|github\\.head_ref|refs/pull/|github\\.event\\.workflow_run\\.head_(sha|branch)"
      + "|github\\.event\\.pull_request\\.merge_commit_sha|github\\.event\\.pull_request\\.head\\.repo\\.full_name"
      + "|github\\.event\\.workflow_run\\.head_repository\\.full_name");
  private static final Pattern PR_SCRIPT = Pattern.compile("gh\\s+pr\\s+checkout|git\\s+fetch[^\\n]*pull/"
      + "|git\\s+(checkout|switch|fetch|pull)[^\\n]*(github\\.event\\.pull_request\\.head|github\\.head_ref"
      + "|github\\.event\\.workflow_run\\.head|GITHUB_HEAD_REF)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    String trigger = Pipelines.on(workflow, "pull_request_target") ? "pull_request_target"
        : Pipelines.on(workflow, "workflow_run") ? "workflow_run" : "";
    if (trigger.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      List<Step> steps = entry.getValue().steps();
      for (int i = 0; i < steps.size(); i++) {
        if (checksOutPullRequest(steps.get(i))) {
          context.report(Pipelines.step(entry.getKey(), i), "on " + trigger + ", job '" + entry.getKey()
              + "' checks out the pull request's code, which then runs with this repository's secrets and token",
              "use on: pull_request for anything that builds or runs the contribution, or keep this job to "
              + "trusted code and pass results through artifacts");
        }
      }
    }
  }

  /** Whether a step checks out the code of a pull request. */
  static boolean checksOutPullRequest(Step step) {
    if (Pipelines.usesAction(step, "actions/checkout")) {
      String ref = step.with().getOrDefault("ref", "") + " " + step.with().getOrDefault("repository", "");
      return PR_REF.matcher(ref).find();
    }
    return step.run().filter(r -> PR_SCRIPT.matcher(r).find()).isPresent();
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code github/pipeline-budget}: the critical path of a workflow up to its deploy jobs (the sum of the declared
 * estimates along the longest {@code needs} chain) stays within a budget, and every job that does work has a
 * {@code timeout-minutes} (GitHub's default is 360 minutes).
 *
 * <p>A {@code timeout-minutes} is a ceiling, not the job's duration: a 60-minute ceiling on a job that takes eight
 * is common and harmless, so timeouts count as durations only when the {@code count-timeouts} option says the team
 * sizes them as its budget (as the trunk preset does). Jobs that only echo or call one action (a stale-issue bot, a
 * labeler, a notification) are not checks and need no timeout of their own.
 */
public final class PipelineBudget implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/pipeline-budget")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("Every job has a timeout and the critical path stays within the budget")
      .addOptions(new RuleOption("budget-minutes", "the longest allowed critical path before deploy jobs", "10"),
          new RuleOption("estimates", "minutes by job id, used instead of timeout-minutes, as job=minutes", "[]"),
          new RuleOption("job-costs", "cost classes by job id, overriding detection, as job=class", "[]"),
          new RuleOption("count-timeouts", "count a job without an estimate at its timeout-minutes, for teams that "
              + "size timeouts as the budget (the trunk preset does)", "false"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    int budget = context.intOption("budget-minutes");
    Map<String, String> estimates = Pipelines.pairs(context.listOption("estimates"));
    boolean countTimeouts = context.booleanOption("count-timeouts");
    Map<String, CostClass> costs = WorkflowFacts.of(workflow, context)
        .costs(Pipelines.explicitCosts(context.listOption("job-costs")));
    Map<String, Integer> minutes = new HashMap<>();
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      String id = entry.getKey();
      Job job = entry.getValue();
      if (!job.isCall() && job.timeoutMinutes().isEmpty() && !onlyNotifies(job)) {
        context.reportAtKey(Pipelines.job(id), "job '" + id + "' has no timeout-minutes, so a hung run holds a "
            + "runner for GitHub's default of 360 minutes", "add timeout-minutes sized to the job, such as 10");
      }
      minutes.put(id, weight(id, job, estimates, countTimeouts));
    }
    Map<String, List<String>> memo = new HashMap<>();
    List<String> longest = List.of();
    int longestMinutes = 0;
    for (String id : workflow.jobs().keySet()) {
      if (costs.get(id) == CostClass.DEPLOY) {
        continue;
      }
      List<String> path = path(id, workflow, costs, minutes, memo, 0);
      int total = total(path, minutes);
      if (total > longestMinutes) {
        longest = path;
        longestMinutes = total;
      }
    }
    // The budget is about the feedback loop of a change: workflows that no push, pull request or merge queue
    // starts (schedules, manual runs) still need timeouts, but their length keeps nobody waiting.
    boolean feedback = false;
    for (Trigger trigger : workflow.on()) {
      String e = trigger.event();
      feedback |= e.equals("push") || e.equals("pull_request") || e.equals("merge_group")
          || e.equals("pull_request_target");
    }
    if (feedback && longestMinutes > budget) {
      String last = longest.get(longest.size() - 1);
      context.reportAtKey(Pipelines.job(last), "the critical path " + String.join(" -> ", longest) + " can take "
          + longestMinutes + " minutes, over the budget of " + budget,
          "run independent jobs in parallel, tighten timeout-minutes, or declare estimates in the policy");
    }
  }

  /** The minutes of the jobs of a path. */
  private static int total(List<String> path, Map<String, Integer> minutes) {
    int total = 0;
    for (String id : path) {
      total += minutes.get(id);
    }
    return total;
  }

  /**
   * Whether a job only reports or notifies: every command it runs is an echo, and it uses at most one action
   * besides the checkout and a GitHub App token (a stale-issue bot, a labeler, a release-please or Slack action).
   */
  static boolean onlyNotifies(Job job) {
    int actions = 0;
    for (Step step : job.steps()) {
      if (step.run().isPresent()) {
        if (!Pipelines.echoes(step.run().get())) {
          return false;
        }
      } else if (step.uses().isPresent() && !Pipelines.usesAction(step, "actions/checkout")
          && !Pipelines.usesAction(step, "actions/create-github-app-token")) {
        actions++;
      }
    }
    return actions <= 1;
  }

  private static int weight(String id, Job job, Map<String, String> estimates, boolean countTimeouts) {
    String text = estimates.containsKey(id) ? estimates.get(id)
        : countTimeouts ? job.timeoutMinutes().orElse("0") : "0";
    try {
      return Math.max(0, (int) Math.ceil(Double.parseDouble(text.trim())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> path(String id, Workflow workflow, Map<String, CostClass> costs,
      Map<String, Integer> minutes, Map<String, List<String>> memo, int depth) {
    if (memo.containsKey(id)) {
      return memo.get(id);
    }
    List<String> best = List.of();
    int bestMinutes = -1;
    Job job = workflow.jobs().get(id);
    if (job != null && depth < 300) {
      for (String need : job.needs()) {
        if (!workflow.jobs().containsKey(need) || costs.get(need) == CostClass.DEPLOY) {
          continue;
        }
        List<String> candidate = path(need, workflow, costs, minutes, memo, depth + 1);
        int total = total(candidate, minutes);
        if (total > bestMinutes) {
          best = candidate;
          bestMinutes = total;
        }
      }
    }
    List<String> out = new ArrayList<>(best);
    out.add(id);
    memo.put(id, out);
    return out;
  }
}

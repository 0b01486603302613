package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code github/fail-fast-order}: a costlier job waits, directly or through others, for every cheaper gating job of
 * its workflow, and inside a job the cheaper steps come first, so the cheapest failure is the first one seen.
 */
public final class FailFastOrder implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/fail-fast-order")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("Costlier jobs wait for cheaper checks, and cheaper steps run first")
      .addOptions(new RuleOption("job-costs", "cost classes by job id, overriding detection, as job=class "
          + "(lint, type-check, unit-test, integration-test, build, deploy)", "[]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    Map<String, CostClass> costs = Pipelines.costs(workflow, Pipelines.explicitCosts(context.listOption("job-costs")));
    Map<String, Set<String>> ancestors = Pipelines.ancestors(workflow);
    for (Map.Entry<String, CostClass> job : costs.entrySet()) {
      Set<String> missing = new TreeSet<>();
      Set<String> classes = new TreeSet<>();
      for (Map.Entry<String, CostClass> other : costs.entrySet()) {
        if (!other.getKey().equals(job.getKey()) && other.getValue().gates()
            && other.getValue().tier() < job.getValue().tier()
            && !ancestors.get(job.getKey()).contains(other.getKey())
            && !ancestors.get(other.getKey()).contains(job.getKey())) {
          missing.add(other.getKey());
          classes.add(other.getValue().label());
        }
      }
      if (!missing.isEmpty()) {
        context.reportAtKey(Pipelines.job(job.getKey()), "job '" + job.getKey() + "' (" + job.getValue().label()
            + ") starts without waiting for the cheaper " + String.join(", ", classes) + " job(s) "
            + String.join(", ", missing), "add them to its needs, directly or through a job it needs: "
            + "needs: [" + String.join(", ", missing) + "]");
      }
    }
    workflow.jobs().forEach((id, job) -> checkSteps(id, job, context));
  }

  private static void checkSteps(String id, Job job, RuleContext context) {
    CostClass highest = null;
    int highestAt = -1;
    List<Step> steps = new ArrayList<>(job.steps());
    for (int i = 0; i < steps.size(); i++) {
      Optional<CostClass> cost = Pipelines.cost(steps.get(i));
      if (cost.isEmpty() || !cost.get().isCheck() && cost.get() != CostClass.BUILD) {
        continue;
      }
      if (highest != null && cost.get().tier() < highest.tier()) {
        DocPath path = Pipelines.step(id, i);
        context.report(path, "step " + (i + 1) + " of job '" + id + "' runs a " + cost.get().label()
            + " check after the costlier " + highest.label() + " step " + (highestAt + 1),
            "move it before step " + (highestAt + 1) + " so it fails first");
      } else if (highest == null || cost.get().tier() > highest.tier()) {
        highest = cost.get();
        highestAt = i;
      }
    }
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Workflow;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code github/parallel-independent-checks}: checks of the same cost class (two linters, two unit-test suites) run
 * side by side; making one wait for the other only adds its time to the pipeline.
 *
 * <p>A wait that carries data is not an ordering choice: a job that uses the outputs of the job it waits for, or
 * downloads an artifact that job uploaded, must wait. Matrix-preparing and all-green gate jobs are not checks.
 */
public final class ParallelIndependentChecks implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/parallel-independent-checks")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING).summary("Checks of the same cost class run in parallel")
      .addOptions(new RuleOption("job-costs", "cost classes by job id, overriding detection, as job=class", "[]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    WorkflowFacts facts = WorkflowFacts.of(workflow, context);
    Map<String, CostClass> costs = facts.costs(Pipelines.explicitCosts(context.listOption("job-costs")));
    Map<String, Set<String>> ancestors = facts.ancestors();
    for (Map.Entry<String, CostClass> job : costs.entrySet()) {
      if (!job.getValue().isCheck()) {
        continue;
      }
      Set<String> same = new TreeSet<>();
      Job waiting = workflow.jobs().get(job.getKey());
      for (String before : ancestors.get(job.getKey())) {
        if (costs.containsKey(before) && costs.get(before).tier() == job.getValue().tier()
            && !Pipelines.consumes(waiting, before, workflow.jobs().get(before))) {
          same.add(before);
        }
      }
      if (!same.isEmpty()) {
        context.reportAtKey(Pipelines.job(job.getKey()).key("needs"), "job '" + job.getKey() + "' ("
            + job.getValue().label() + ") waits for " + String.join(", ", same) + " of the same cost tier",
            "let them run side by side: make both need only the cheaper jobs before them");
      }
    }
  }
}

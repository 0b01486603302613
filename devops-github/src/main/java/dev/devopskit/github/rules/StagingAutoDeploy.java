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
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code github/staging-auto-deploy}: a push to the trunk deploys to a staging environment by itself, only from the
 * trunk (never from a pull request), and only after every check and build of the workflow passed.
 */
public final class StagingAutoDeploy implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/staging-auto-deploy")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("A push to the trunk deploys to staging after all checks")
      .addOptions(new RuleOption("trunk", "the trunk branch", "main"),
          new RuleOption("staging-environments", "environment names of the staging tier", "[staging]"),
          new RuleOption("require", "report CI workflows that deploy nothing to staging", "false"),
          new RuleOption("job-costs", "cost classes by job id, overriding detection, as job=class", "[]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Whether the lower-case environment name is one of the names, compared in lower case. */
  private static boolean named(List<String> names, String environment) {
    for (String name : names) {
      if (environment.equals(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    String trunk = context.stringOption("trunk");
    List<String> names = context.listOption("staging-environments");
    Map<String, CostClass> explicit = Pipelines.explicitCosts(context.listOption("job-costs"));
    WorkflowFacts facts = WorkflowFacts.of(workflow, context);
    Map<String, CostClass> costs = facts.costs(explicit);
    Map<String, Set<String>> ancestors = facts.ancestors();
    boolean any = false;
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      String id = entry.getKey();
      Job job = entry.getValue();
      String environment = job.environment().isPresent()
          ? job.environment().get().name().toLowerCase(Locale.ROOT) : "";
      if (!named(names, environment)) {
        continue;
      }
      any = true;
      if (!Pipelines.pushCovers(workflow, trunk)) {
        context.reportAtKey(Pipelines.job(id), "job '" + id + "' deploys to " + environment
            + " but the workflow does not run on push to " + trunk, "add on: push: branches: [" + trunk + "]");
        continue;
      }
      String condition = Pipelines.condition(job);
      boolean otherEvents = false;
      for (Trigger trigger : workflow.on()) {
        otherEvents |= !trigger.event().equals("push");
      }
      if (otherEvents && !(condition.contains("push") || condition.contains("refs/heads/" + trunk))) {
        context.reportAtKey(Pipelines.job(id), "job '" + id + "' deploys to " + environment
            + " on every event of the workflow, not only on push to " + trunk,
            "add if: github.event_name == 'push' && github.ref == 'refs/heads/" + trunk + "'");
      }
      Set<String> missing = new TreeSet<>();
      for (Map.Entry<String, CostClass> other : costs.entrySet()) {
        if (other.getValue().gates() && !other.getKey().equals(id) && !ancestors.get(id).contains(other.getKey())) {
          missing.add(other.getKey());
        }
      }
      if (!missing.isEmpty()) {
        context.reportAtKey(Pipelines.job(id), "job '" + id + "' deploys to " + environment
            + " without waiting for " + String.join(", ", missing), "add them to its needs");
      }
    }
    if (!any && context.booleanOption("require") && TrunkTriggers.isCi(workflow, facts.costs(explicit))) {
      context.reportAtKey(DocPath.of("jobs"), "this CI workflow never deploys to " + names
          + ", so the trunk is not known to be deployable", "add a deploy-staging job with environment: staging");
    }
  }
}

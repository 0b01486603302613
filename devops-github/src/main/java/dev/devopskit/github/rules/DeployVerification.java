package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code github/deploy-verification}: a deploy job checks the deployed service (a smoke test, a health probe)
 * after its deploy step, so the deploy is done only when the service answers.
 */
public final class DeployVerification implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/deploy-verification")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING).summary("Deploy jobs verify the deployed service before they end")
      .addOptions(new RuleOption("ignore-environments", "environments whose deploys need no check", "[github-pages]"),
          new RuleOption("job-costs", "cost classes by job id, overriding detection, as job=class", "[]"))
      .build();
  private static final Pattern PROBE = Pattern.compile("(?i)(\\bcurl\\b|\\bwget\\b|smoke|health|readyz|livez"
      + "|\\bk6\\b|\\bhurl\\b|\\bhttp\\s|rollout\\s+status|wait-for)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    List<String> ignored = context.listOption("ignore-environments");
    Map<String, CostClass> costs = Pipelines.costs(workflow, Pipelines.explicitCosts(context.listOption("job-costs")));
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      String id = entry.getKey();
      Job job = entry.getValue();
      if (job.isCall() || costs.get(id) != CostClass.DEPLOY) {
        continue;
      }
      String environment = job.environment().isPresent() ? job.environment().get().name() : "";
      if (ignores(ignored, environment)) {
        continue;
      }
      List<Step> steps = job.steps();
      int deployAt = -1;
      for (int i = 0; i < steps.size(); i++) {
        if (Pipelines.cost(steps.get(i)).filter(c -> c == CostClass.DEPLOY).isPresent()
            || steps.get(i).name().orElse("").toLowerCase(Locale.ROOT).contains("deploy")) {
          deployAt = i;
        }
      }
      boolean verified = false;
      for (int i = deployAt + 1; i < steps.size(); i++) {
        verified |= probes(steps.get(i));
      }
      if (!verified) {
        context.reportAtKey(Pipelines.job(id), "deploy job '" + id + "' ends without checking the deployed "
            + "service", "add a smoke test after the deploy step, such as curl --fail --retry 10 against the "
            + "health endpoint");
      }
    }
  }

  private static boolean ignores(List<String> ignored, String environment) {
    for (String name : ignored) {
      if (name.equalsIgnoreCase(environment)) {
        return true;
      }
    }
    return false;
  }

  private static boolean probes(Step step) {
    String text = step.run().orElse("") + " " + step.name().orElse("") + " "
        + step.uses().flatMap(ActionRef::repository).orElse("");
    return PROBE.matcher(text).find();
  }
}

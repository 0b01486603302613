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
 * {@code github/deploy-verification}: a deploy job checks the deployed service (a smoke test, a health probe, a
 * {@code kubectl rollout status} or {@code kubectl wait}) after its deploy step, so the deploy is done only when the
 * service answers.
 *
 * <p>A job that publishes a package (an image pushed to a registry, an npm, Maven or PyPI release) and deploys
 * nothing is not a service deploy, whatever its name says: there is no running service to check.
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
      + "|\\bk6\\b|\\bhurl\\b|\\bhttp\\s|rollout\\s+status|\\bkubectl\\s+wait\\b|wait-for)");
  /** Commands that wait until the deployed workload is ready: a verification even inside the deploy step. */
  private static final Pattern WAITS = Pattern.compile("(?i)(\\brollout\\s+status\\b|\\bkubectl\\s+wait\\b)");
  /** Commands and actions that publish a package or an image rather than deploy a service. */
  private static final Pattern PUBLISH = Pattern.compile("(?i)(\\bdocker\\s+(image\\s+)?push\\b|build-push"
      + "|\\b(npm|pnpm|yarn(\\s+npm)?)\\s+publish\\b|\\bmvnw?\\b.*\\bdeploy\\b|\\bgradlew?\\b.*\\bpublish"
      + "|\\btwine\\s+upload\\b|\\bcargo\\s+publish\\b|goreleaser|\\bgh\\s+release\\b|action-gh-release"
      + "|pypi-publish|\\bhelm\\s+push\\b)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    List<String> ignored = context.listOption("ignore-environments");
    WorkflowFacts facts = WorkflowFacts.of(workflow, context);
    Map<String, CostClass> costs = facts.costs(Pipelines.explicitCosts(context.listOption("job-costs")));
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
      if (publishesOnly(job, facts)) {
        continue;
      }
      // A deploy step starts the question over (unless it waits for the rollout itself); a probe answers it.
      boolean verified = false;
      for (Step step : job.steps()) {
        if (deploys(step, facts)) {
          verified = WAITS.matcher(text(step)).find();
        } else {
          verified |= PROBE.matcher(text(step)).find();
        }
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

  private static boolean deploys(Step step, WorkflowFacts facts) {
    return facts.cost(step).filter(c -> c == CostClass.DEPLOY).isPresent()
        || step.name().orElse("").toLowerCase(Locale.ROOT).contains("deploy");
  }

  /** Whether a job publishes a package or an image and has no step that deploys a service. */
  private static boolean publishesOnly(Job job, WorkflowFacts facts) {
    boolean publishes = false;
    for (Step step : job.steps()) {
      if (facts.cost(step).filter(c -> c == CostClass.DEPLOY).isPresent()) {
        return false;
      }
      publishes |= PUBLISH.matcher(step.run().orElse("") + " " + step.uses().flatMap(ActionRef::repository)
          .orElse("")).find();
    }
    return publishes;
  }

  private static String text(Step step) {
    return step.run().orElse("") + " " + step.name().orElse("") + " "
        + step.uses().flatMap(ActionRef::repository).orElse("");
  }
}

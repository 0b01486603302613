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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code github/fail-fast-order}: a costlier job waits, directly or through others, for every cheaper gating job of
 * its workflow, and inside a job the cheaper steps come first, so the cheapest failure is the first one seen.
 *
 * <p>Data dependencies come first: a cheaper job that itself needs a job as costly (tests that run the image a build
 * job made) cannot run before it, and a test step that uses the output of the build step before it (integration
 * tests of the built artifact, a Storybook test of the built Storybook) cannot move ahead of it. Jobs that prepare a
 * matrix or gate on the others' results are not checks (see {@code Pipelines.cost}).
 */
public final class FailFastOrder implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/fail-fast-order")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("Costlier jobs wait for cheaper checks, and cheaper steps run first")
      .addOptions(new RuleOption("job-costs", "cost classes by job id, overriding detection, as job=class "
          + "(lint, type-check, unit-test, integration-test, build, deploy)", "[]"))
      .build();

  /** A build's target: the word joined to {@code build} ({@code build-storybook}, {@code build:e2e}). */
  private static final Pattern BUILD_TARGET = Pattern.compile(
      "(?i)\\bbuild[-:_]([a-z][a-z0-9]+)|\\b([a-z][a-z0-9]+)[-:_]build\\b");
  /** Target words that every build and test share, which say nothing about the output. */
  private static final Set<String> GENERIC_TARGETS = Set.of("all", "dev", "prod", "ci", "test", "tests", "only",
      "release", "debug", "docker", "image", "npm", "run");

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
      Set<String> missing = new TreeSet<>();
      Set<String> classes = new TreeSet<>();
      for (Map.Entry<String, CostClass> other : costs.entrySet()) {
        if (!other.getKey().equals(job.getKey()) && other.getValue().gates()
            && other.getValue().tier() < job.getValue().tier()
            && !ancestors.get(job.getKey()).contains(other.getKey())
            && !ancestors.get(other.getKey()).contains(job.getKey())
            && !needsAsCostly(other.getKey(), job.getValue(), costs, ancestors)) {
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
    workflow.jobs().forEach((id, job) -> checkSteps(id, job, facts, context));
  }

  /** Whether a job needs, directly or through others, a job at least as costly as the given class. */
  private static boolean needsAsCostly(String id, CostClass cost, Map<String, CostClass> costs,
      Map<String, Set<String>> ancestors) {
    for (String before : ancestors.get(id)) {
      if (costs.containsKey(before) && costs.get(before).tier() >= cost.tier()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a check step uses what the build step before it made: integration tests run against the built
   * artifact, and a step that names the build's target ({@code build-storybook}, then {@code test-storybook} on
   * {@code storybook-static}) tests that build's output.
   */
  private static boolean usesBuildOutput(Step build, CostClass check, Step step) {
    if (check == CostClass.INTEGRATION_TEST) {
      return true;
    }
    Matcher target = BUILD_TARGET.matcher(build.run().orElse(""));
    String text = step.run().orElse("").toLowerCase(Locale.ROOT);
    while (target.find()) {
      String name = (target.group(1) != null ? target.group(1) : target.group(2)).toLowerCase(Locale.ROOT);
      if (!GENERIC_TARGETS.contains(name) && text.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static void checkSteps(String id, Job job, WorkflowFacts facts, RuleContext context) {
    CostClass highest = null;
    int highestAt = -1;
    int buildAt = -1;
    List<Step> steps = new ArrayList<>(job.steps());
    for (int i = 0; i < steps.size(); i++) {
      Optional<CostClass> cost = facts.cost(steps.get(i));
      if (cost.isEmpty() || !cost.get().isCheck() && cost.get() != CostClass.BUILD) {
        continue;
      }
      if (cost.get() == CostClass.BUILD) {
        buildAt = i;
      }
      if (highest != null && cost.get().tier() < highest.tier()
          && !(buildAt >= 0 && usesBuildOutput(steps.get(buildAt), cost.get(), steps.get(i)))) {
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

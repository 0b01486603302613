package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code github/production-manual-promotion}: production is deployed only by a person ({@code workflow_dispatch})
 * or a release, through {@code environment: production} so that its protection rules (approvals) apply; never on
 * push, pull request, schedule or another workflow's completion. Pushing a tag is a release: a push that only tags
 * start, or a job whose condition asks for a tag ({@code github.ref_type == 'tag'},
 * {@code startsWith(github.ref, 'refs/tags/')}), is a promotion by hand.
 */
public final class ProductionManualPromotion implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/production-manual-promotion")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.ERROR)
      .summary("Production is deployed only by hand or on release, through its environment")
      .addOptions(new RuleOption("production-environments", "environment names of the production tier",
          "[production, prod]"))
      .build();
  private static final Set<String> MANUAL = Set.of("workflow_dispatch", "release");

  /** A push that only tags start: a release. */
  private static boolean tagPush(Trigger trigger) {
    return trigger.event().equals("push") && !trigger.tags().isEmpty() && trigger.branches().isEmpty()
        && trigger.branchesIgnore().isEmpty();
  }

  /** A job condition that lets it run only for a pushed tag. */
  private static boolean onTagsOnly(String condition) {
    String compact = condition.replace(" ", "").replace('"', '\'');
    return (compact.contains("github.ref_type=='tag'") || compact.contains("startsWith(github.ref,'refs/tags/')"))
        && !compact.contains("||");
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    List<String> names = new ArrayList<>();
    for (String name : context.listOption("production-environments")) {
      names.add(name.toLowerCase(Locale.ROOT));
    }
    List<String> automatic = new ArrayList<>();
    boolean manual = false;
    for (Trigger trigger : workflow.on()) {
      String event = trigger.event();
      if (MANUAL.contains(event) || tagPush(trigger)) {
        manual = true;
      } else if (!event.equals("workflow_call")) {
        automatic.add(event);
      }
    }
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      String id = entry.getKey();
      Job job = entry.getValue();
      String environment = job.environment().map(e -> e.name().toLowerCase(Locale.ROOT)).orElse("");
      boolean production = names.contains(environment);
      if (!production) {
        boolean namedProduction = job.environment().isEmpty()
            && WorkflowFacts.of(workflow, context).costs(Map.of()).get(id) == CostClass.DEPLOY
            && names.stream().anyMatch(n -> (id + " " + job.name().orElse("")).toLowerCase(Locale.ROOT)
                .matches(".*\\b" + n + "\\b.*"));
        if (namedProduction) {
          context.reportAtKey(Pipelines.job(id), "job '" + id + "' deploys to production without "
              + "environment: production, so no approval protects it", "add environment: production");
        }
        continue;
      }
      if (automatic.isEmpty()) {
        continue;
      }
      String condition = Pipelines.condition(job);
      boolean guarded = manual && MANUAL.stream().anyMatch(condition::contains) || onTagsOnly(condition);
      if (!guarded) {
        context.reportAtKey(Pipelines.job(id), "job '" + id + "' deploys to production on "
            + String.join(", ", automatic) + "; production is promoted by hand",
            "move it to a workflow that runs on workflow_dispatch with the version to promote");
      }
    }
  }
}

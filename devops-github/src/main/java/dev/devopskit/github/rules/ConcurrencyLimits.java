package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code github/concurrency-limits}: a workflow that runs on pull requests sets {@code concurrency} with
 * {@code cancel-in-progress}, at the top or on every job, so each new push to a pull request cancels the runs it
 * replaces instead of piling them up (and an attacker cannot queue runs to exhaust the runners). A
 * {@code cancel-in-progress} written explicitly, even {@code false}, is taken as a decision and not reported.
 */
public final class ConcurrencyLimits implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/concurrency-limits")
      .profile(Profile.STRICT).confidence(Confidence.HIGH).defaultSeverity(Severity.NOTE)
      .summary("Pull-request workflows cancel the runs a new push replaces")
      .build();
  private static final String FIX = "add concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, "
      + "cancel-in-progress: true }";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    if (!Pipelines.on(workflow, "pull_request") && !Pipelines.on(workflow, "pull_request_target")) {
      return;
    }
    if (workflow.concurrency().isPresent()) {
      if (bare(workflow.concurrency().get())) {
        context.reportAtKey(DocPath.of("concurrency"), "the workflow's concurrency does not say cancel-in-progress,"
            + " so runs of one pull request queue up one behind the other", "add cancel-in-progress: true");
      }
      return;
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      if (job.isCall()) {
        continue;
      }
      if (job.concurrency().isEmpty()) {
        missing.add(entry.getKey());
      } else if (bare(job.concurrency().get())) {
        context.reportAtKey(Pipelines.job(entry.getKey()).key("concurrency"), "job '" + entry.getKey()
            + "' sets concurrency without cancel-in-progress", "add cancel-in-progress: true");
      }
    }
    if (!missing.isEmpty()) {
      context.reportAtKey(DocPath.of("on"), "the workflow runs on pull requests without concurrency (job(s) "
          + String.join(", ", missing) + "), so every push starts new runs beside the ones it replaces", FIX);
    }
  }

  private static boolean bare(Concurrency concurrency) {
    return concurrency.cancelInProgress().isEmpty();
  }
}

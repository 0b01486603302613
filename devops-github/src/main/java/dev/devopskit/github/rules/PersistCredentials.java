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
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code github/persist-credentials}: {@code actions/checkout} leaves the token in {@code .git/config} unless told
 * {@code persist-credentials: false}. In a job that uploads the workspace as an artifact, or that runs a pull
 * request's code under {@code pull_request_target} or {@code workflow_run}, the token then leaks.
 */
public final class PersistCredentials implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/persist-credentials")
      .profile(Profile.RECOMMENDED).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.ERROR)
      .summary("Checkouts in jobs that upload the workspace or run untrusted code do not persist credentials")
      .addOptions(new RuleOption("always", "report every checkout that persists credentials", "false"))
      .build();
  private static final Pattern WHOLE = Pattern.compile("(?m)^\\s*(\\.|\\./|\\*|\\./\\*|\\$\\{\\{\\s*github\\.workspace\\s*}}/?)\\s*$");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    boolean always = context.booleanOption("always");
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      String why = exposure(workflow, entry.getValue());
      if (why.isEmpty() && always) {
        why = "it persists the token in .git/config";
      }
      if (!why.isEmpty()) {
        reportCheckouts(entry.getKey(), entry.getValue(), "checkout keeps the token: " + why, context);
      }
    }
  }

  /** Why a job's persisted token leaks (it uploads the workspace, or runs a pull request's code); empty if not. */
  static String exposure(Workflow workflow, Job job) {
    boolean privileged = Pipelines.on(workflow, "pull_request_target") || Pipelines.on(workflow, "workflow_run");
    String why = "";
    for (Step step : job.steps()) {
      if (uploadsWorkspace(step)) {
        why = "the job uploads the workspace as an artifact, .git/config with the token included";
      } else if (privileged && DangerousTrigger.checksOutPullRequest(step)) {
        why = "the job runs a pull request's code, which can read the token from .git/config";
      }
    }
    return why;
  }

  /** Reports each checkout of a job that keeps the token. */
  static void reportCheckouts(String id, Job job, String message, RuleContext context) {
    List<Step> steps = job.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (Pipelines.usesAction(step, "actions/checkout")
          && !"false".equals(step.with().getOrDefault("persist-credentials", "").trim())) {
        context.report(Pipelines.step(id, i).key("uses"), message,
            "add with: persist-credentials: false (and pass a token explicitly to the step that pushes)");
      }
    }
  }

  private static boolean uploadsWorkspace(Step step) {
    if (!Pipelines.usesAction(step, "actions/upload-artifact")) {
      return false;
    }
    String path = step.with().getOrDefault("path", "");
    return WHOLE.matcher(path).find() || "true".equals(step.with().getOrDefault("include-hidden-files", ""))
        && !path.isBlank();
  }
}

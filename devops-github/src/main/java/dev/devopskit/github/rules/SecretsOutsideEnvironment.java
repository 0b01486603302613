package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Workflow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code github/secrets-outside-environment}: a job that reads secrets (other than the {@code GITHUB_TOKEN}) runs in
 * a deployment {@code environment}, so the secrets live in the environment, behind its protection rules, and not
 * in the repository where every workflow and branch can read them. Reusable workflows ({@code workflow_call}) are
 * not checked: their jobs can read an environment's secrets only when the caller passes them all.
 */
public final class SecretsOutsideEnvironment implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/secrets-outside-environment")
      .profile(Profile.STRICT).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.NOTE).summary("Jobs that read secrets run in a deployment environment")
      .addOptions(new RuleOption("allow", "secret names that need no environment", "[GITHUB_TOKEN]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    if (Pipelines.on(workflow, "workflow_call")) {
      // A reusable workflow's jobs cannot read an environment's secrets unless the caller passes
      // secrets: inherit (which github/secrets-inherit reports), so an environment is no remedy there.
      return;
    }
    List<String> allowed = context.listOption("allow");
    // One pass over the strings: the secrets of the workflow's env, reported per string, and those under each
    // job, gathered by job id (a string is under jobs.<id> when its path starts with those two keys).
    Map<String, Set<String>> byJob = new HashMap<>();
    for (StringSite site : WorkflowStrings.of(workflow, context)) {
      if (site.value().indexOf("secrets") < 0) {
        continue;
      }
      List<Object> segments = site.path().segments();
      if (segments.isEmpty()) {
        continue;
      }
      Object first = segments.get(0);
      if (first.equals("env")) {
        Set<String> names = names(site.value(), allowed);
        if (!names.isEmpty()) {
          context.report(site.path(), "the workflow's env gives secret(s) " + String.join(", ", names)
              + " to every job", "set it on the one job that needs it, in its environment");
        }
      } else if (first.equals("jobs") && segments.size() >= 2 && segments.get(1) instanceof String) {
        Set<String> names = names(site.value(), allowed);
        if (!names.isEmpty()) {
          byJob.computeIfAbsent((String) segments.get(1), id -> new TreeSet<>()).addAll(names);
        }
      }
    }
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      if (job.environment().isPresent() || job.isCall()) {
        continue;
      }
      Set<String> names = byJob.get(entry.getKey());
      if (names != null) {
        DocPath jobPath = Pipelines.job(entry.getKey());
        context.reportAtKey(jobPath, "job '" + entry.getKey() + "' reads secret(s) " + String.join(", ", names)
            + " without a deployment environment", "store them as environment secrets and add environment: "
            + "to the job, so protection rules decide who can use them");
      }
    }
  }

  private static Set<String> names(String text, List<String> allowed) {
    Set<String> names = new TreeSet<>();
    if (!text.contains("secrets")) {
      return names;
    }
    for (String expression : Expressions.embedded(text)) {
      names.addAll(SecretInRun.secrets(expression));
    }
    names.removeAll(allowed);
    return names;
  }
}

package dev.devopskit.github.rules;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code github/secrets-outside-environment}: a job that reads secrets (other than the {@code GITHUB_TOKEN}) runs in
 * a deployment {@code environment}, so the secrets live in the environment, behind its protection rules, and not
 * in the repository where every workflow and branch can read them.
 */
public final class SecretsOutsideEnvironment implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/secrets-outside-environment")
      .defaultSeverity(Severity.NOTE).summary("Jobs that read secrets run in a deployment environment")
      .addOptions(new RuleOption("allow", "secret names that need no environment", "[GITHUB_TOKEN]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    List<String> allowed = context.listOption("allow");
    List<StringSite> sites = WorkflowStrings.of(workflow);
    for (StringSite site : sites) {
      if (site.path().startsWith(DocPath.of("env"))) {
        Set<String> names = names(site.value(), allowed);
        if (!names.isEmpty()) {
          context.report(site.path(), "the workflow's env gives secret(s) " + String.join(", ", names)
              + " to every job", "set it on the one job that needs it, in its environment");
        }
      }
    }
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      if (job.environment().isPresent() || job.isCall()) {
        continue;
      }
      DocPath jobPath = Pipelines.job(entry.getKey());
      Set<String> names = new TreeSet<>();
      for (StringSite site : sites) {
        if (site.path().startsWith(jobPath)) {
          names.addAll(names(site.value(), allowed));
        }
      }
      if (!names.isEmpty()) {
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

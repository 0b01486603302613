package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.RunsOn;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code github/self-hosted-runner}: reports jobs that run on self-hosted runners (the {@code self-hosted} label,
 * given directly or by a matrix value) or in a runner group, so each one is reviewed: a self-hosted runner keeps
 * state between jobs and sits in its owner's network, and a workflow that runs on pull requests lets their authors
 * run code there.
 */
public final class SelfHostedRunner implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/self-hosted-runner")
      .profile(Profile.STRICT).confidence(Confidence.MEDIUM).defaultSeverity(Severity.NOTE)
      .summary("Jobs on self-hosted runners are reviewed")
      .build();
  private static final String LABEL = "self-hosted";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Optional<RunsOn> runsOn = entry.getValue().runsOn();
      if (runsOn.isEmpty()) {
        continue;
      }
      DocPath path = Pipelines.job(entry.getKey()).key("runs-on");
      String id = entry.getValue().name().orElse(entry.getKey());
      if (runsOn.get().group().isPresent()) {
        context.reportAtKey(path, "job '" + id + "' runs in runner group '" + runsOn.get().group().get()
            + "', whose runners are usually self-hosted", "make sure the group's runners are ephemeral and "
            + "that untrusted triggers (pull requests from forks) cannot reach them");
      } else if (selfHosted(entry.getValue(), runsOn.get().labels())) {
        context.reportAtKey(path, "job '" + id + "' runs on a self-hosted runner, which keeps state between "
            + "jobs and runs in your network", "use ephemeral, isolated runners, and keep the job off triggers "
            + "that fork authors control");
      }
    }
  }

  private static boolean selfHosted(Job job, List<String> labels) {
    for (String label : labels) {
      if (label.strip().equalsIgnoreCase(LABEL)) {
        return true;
      }
      Optional<List<String>> values = MatrixValues.reference(label).flatMap(key -> MatrixValues.of(job, key));
      if (values.isPresent() && values.get().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(LABEL))) {
        return true;
      }
    }
    return false;
  }
}

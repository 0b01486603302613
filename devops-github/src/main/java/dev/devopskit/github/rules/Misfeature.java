package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code github/misfeature}: a workflow does not lean on features of GitHub Actions that work against it: the
 * Windows {@code cmd} shell (no grammar to check a script against, and not the Windows default since 2019), and
 * {@code actions/setup-python}'s {@code pip-install} input (packages installed into the runner's global Python).
 */
public final class Misfeature implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/misfeature")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.NOTE)
      .summary("Workflows avoid the cmd shell and setup-python's pip-install")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    Set<DocPath> shells = new LinkedHashSet<>();
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      List<Step> steps = job.steps();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        DocPath path = Pipelines.step(entry.getKey(), i);
        if (step.run().isPresent()) {
          RunShell.of(workflow, entry.getKey(), job, step, path).filter(s -> s.program().equals("cmd"))
              .ifPresent(s -> shells.add(s.path()));
        }
        if (step.uses().filter(Misfeature::setupPython).isPresent() && step.with().containsKey("pip-install")) {
          context.reportAtKey(path.key("with").key("pip-install"), "setup-python's pip-install puts packages into "
              + "the runner's global Python, which differs between runners and Python versions",
              "create a virtual environment and install from a lock file: python -m venv .venv, then "
              + ".venv/bin/pip install -r requirements.txt");
        }
      }
    }
    for (DocPath shell : shells) {
      context.report(shell, "shell: cmd runs the script with Windows CMD, which has no grammar a checker can "
          + "follow and is not the Windows default since 2019", "use shell: pwsh (the Windows default) or shell: bash");
    }
  }

  private static boolean setupPython(ActionRef ref) {
    return ref.kind() == ActionRef.Kind.REPOSITORY
        && ref.repository().filter(r -> r.equalsIgnoreCase("actions/setup-python")).isPresent();
  }
}

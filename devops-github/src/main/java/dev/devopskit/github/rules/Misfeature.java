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
 * Composite actions' steps are judged the same way ({@link StepRule}).
 */
public final class Misfeature implements Rule<Workflow>, StepRule {
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
    Set<DocPath> defaults = new LinkedHashSet<>();
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      List<Step> steps = entry.getValue().steps();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        StepScope scope = StepScope.inJob(workflow, entry.getKey(), i);
        checkStep(step, scope, context);
        if (step.run().isPresent() && step.shell().isEmpty()) {
          // a cmd default is reported once where it is written, not at each step that inherits it
          RunShell.of(step, scope).filter(Misfeature::cmd).ifPresent(s -> defaults.add(s.path()));
        }
      }
    }
    defaults.forEach(path -> reportCmd(path, context));
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    if (step.run().isPresent() && step.shell().isPresent()) {
      RunShell.of(step, scope).filter(Misfeature::cmd).ifPresent(s -> reportCmd(s.path(), context));
    }
    if (step.uses().filter(Misfeature::setupPython).isPresent() && step.with().containsKey("pip-install")) {
      context.reportAtKey(scope.path().key("with").key("pip-install"), "setup-python's pip-install puts packages "
          + "into the runner's global Python, which differs between runners and Python versions",
          "create a virtual environment and install from a lock file: python -m venv .venv, then "
          + ".venv/bin/pip install -r requirements.txt");
    }
  }

  private static boolean cmd(RunShell shell) {
    return shell.program().equals("cmd");
  }

  private static void reportCmd(DocPath path, RuleContext context) {
    context.report(path, "shell: cmd runs the script with Windows CMD, which has no grammar a checker can "
        + "follow and is not the Windows default since 2019", "use shell: pwsh (the Windows default) or shell: bash");
  }

  private static boolean setupPython(ActionRef ref) {
    return ref.kind() == ActionRef.Kind.REPOSITORY
        && ref.repository().filter(r -> r.equalsIgnoreCase("actions/setup-python")).isPresent();
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.shell.TlsVerification;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Map;

/**
 * {@code github/tls-verification}: steps keep TLS certificate verification on ({@code curl -k}, {@code wget
 * --no-check-certificate}, {@code pip --trusted-host}, {@code NODE_TLS_REJECT_UNAUTHORIZED: 0} in {@code env}).
 */
final class TlsVerificationRule implements Rule<Workflow>, StepRule {
  static final RuleInfo INFO = RuleInfo.of("github/tls-verification", Profile.RECOMMENDED, Severity.ERROR,
      "Workflows keep TLS certificate verification on");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    env(workflow.env(), DocPath.of("env"), context);
    for (Map.Entry<String, Job> job : workflow.jobs().entrySet()) {
      DocPath jobPath = DocPath.of("jobs", job.getKey());
      env(job.getValue().env(), jobPath.key("env"), context);
      List<Step> steps = job.getValue().steps();
      for (int i = 0; i < steps.size(); i++) {
        step(steps.get(i), jobPath.key("steps").index(i), context);
      }
    }
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    step(step, scope.path(), context);
  }

  private static void step(Step step, DocPath stepPath, RuleContext context) {
    env(step.env(), stepPath.key("env"), context);
    if (step.run().isPresent()) {
      for (TlsVerification.Match match : TlsVerification.inScript(step.run().get())) {
        context.report(stepPath.key("run"), match.message(), TlsVerification.FIX);
      }
    }
  }

  private static void env(Map<String, String> env, DocPath path, RuleContext context) {
    env.forEach((name, value) -> TlsVerification.inVariable(name, value).ifPresent(what -> context.report(
        path.key(name), what + " in env turns off TLS certificate verification for every step it reaches",
        TlsVerification.FIX)));
  }
}

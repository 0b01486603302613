package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Workflow;
import java.util.Map;

/**
 * {@code github/persisted-token}: the audit companion of {@link PersistCredentials}. Every {@code actions/checkout}
 * that keeps the token in {@code .git/config}, in jobs where {@code github/persist-credentials} sees no upload or
 * untrusted code: any later step (a build script, a dependency's install hook) can read it.
 */
public final class PersistedToken implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/persisted-token", Profile.STRICT, Severity.NOTE,
      "Checkouts do not leave the token in .git/config").withConfidence(Confidence.LOW);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      if (PersistCredentials.exposure(workflow, entry.getValue()).isEmpty()) {
        PersistCredentials.reportCheckouts(entry.getKey(), entry.getValue(), "checkout leaves the token in "
            + ".git/config, where every later step of the job (build scripts, dependencies' install hooks) can "
            + "read it", context);
      }
    }
  }
}

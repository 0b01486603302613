package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Workflow;
import java.util.regex.Pattern;

/**
 * {@code github/overprovisioned-secrets}: an expression does not hand over the whole {@code secrets} context:
 * {@code toJSON(secrets)}, the filter {@code secrets.*} and an index that is not a literal name
 * ({@code secrets[matrix.name]}) make GitHub give the runner every secret of the repository, not the ones named.
 */
public final class OverprovisionedSecrets implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/overprovisioned-secrets")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.WARNING)
      .summary("Expressions name the secrets they need instead of the whole secrets context")
      .build();
  private static final Pattern WHOLE = Pattern.compile("(?i)\\btojson\\s*\\(\\s*secrets\\s*\\)"
      + "|\\bsecrets\\s*\\.\\s*\\*|\\bsecrets\\s*\\[\\s*(?!'[^']*'\\s*\\])[^\\]]*\\]?");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    SecretExpressions.report(workflow, context, WHOLE, "gives this job every secret of the repository",
        "name each secret it needs: ${{ secrets.NPM_TOKEN }}, or secrets['NPM_TOKEN'] for a literal name");
  }
}

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
 * {@code github/unredacted-secrets}: a secret that holds structured data is not taken apart in an expression.
 * GitHub masks the secret's whole value in logs, not the fields {@code fromJSON(secrets.X).field} extracts, so a
 * field printed by a step appears in clear.
 */
public final class UnredactedSecrets implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/unredacted-secrets")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.WARNING)
      .summary("Secrets are not split into fields that the log masking does not know")
      .build();
  private static final Pattern FIELD = Pattern.compile("(?i)\\bfromjson\\s*\\(\\s*secrets\\s*"
      + "(?:\\.\\s*[\\w-]+|\\[[^\\]]*\\])\\s*\\)\\s*(?:\\.\\s*[\\w-]+|\\[[^\\]]*\\])");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    SecretExpressions.report(workflow, context, FIELD, "reads a field of a secret, and the field's value is not "
        + "masked in the log", "store each field as its own secret, or pass the whole secret to the step and "
        + "mask the fields it extracts with ::add-mask::");
  }
}

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
 * {@code github/unredacted-secrets}: a secret is not parsed with {@code fromJSON} in an expression. GitHub masks
 * the secret's text as stored, not the fields {@code fromJSON(secrets.X).field} extracts nor the value
 * {@code fromJSON(secrets.X)} gives back (a JSON string loses its quotes, an object is written out again), so a
 * step that prints it shows it in clear.
 */
public final class UnredactedSecrets implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/unredacted-secrets")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.WARNING)
      .summary("Secrets are not split into fields that the log masking does not know")
      .build();
  private static final Pattern FIELD = Pattern.compile("(?i)\\bfromjson\\s*\\(\\s*secrets\\s*"
      + "(?:\\.\\s*[\\w-]+|\\[[^\\]]*\\])\\s*\\)(?:\\s*(?:\\.\\s*[\\w-]+|\\[[^\\]]*\\]))*");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    SecretExpressions.report(workflow, context, FIELD, "parses a secret, and what it gives back is not masked "
        + "in the log", "store each field as its own secret, or pass the whole secret to the step and "
        + "mask the fields it extracts with ::add-mask::");
  }
}

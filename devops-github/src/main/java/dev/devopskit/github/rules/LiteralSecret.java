package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.secret.SecretKind;
import dev.devopskit.core.secret.SecretMatch;
import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code github/literal-secret}: the secret scanner over every string of a workflow; a secret is referenced as
 * {@code ${{ secrets.NAME }}}, never written. Two kinds of scanner hits are not secrets in workflows and are left
 * out: code on the right of an assignment in a script ({@code token = process.env.TOKEN}), and high-entropy
 * resource paths such as a workload identity provider ({@code projects/123/locations/global/...}), and short
 * low-entropy values given to secret-looking names in scripts, such as the password of a throwaway keychain
 * ({@code keychain_password="password1"}). Action files ({@code action.yml}) are scanned the same way.
 */
public final class LiteralSecret implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/literal-secret")
      .profile(Profile.RECOMMENDED).confidence(Confidence.MEDIUM).defaultSeverity(Severity.ERROR)
      .summary("No literal secrets in workflows")
      .addOptions(new RuleOption("entropy", "also report high-entropy strings under neutral keys", "true"))
      .build();
  private static final Pattern QUOTE_AT_END = Pattern.compile("^[\"']|[\"']$");
  private static final Pattern CODE = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[\\w$]+)+.*|.*[(\\[{].*|\\$.*");

  /** A short, low-entropy value in a script: a throwaway password, not a credential. */
  private static boolean dummy(String literal) {
    String value = QUOTE_AT_END.matcher(literal).replaceAll("");
    return value.length() < 12 && SecretScanner.entropy(value) < 3.2;
  }

  private static boolean byName(SecretKind kind) {
    return kind == SecretKind.SENSITIVE_ASSIGNMENT || kind == SecretKind.WEAK_ASSIGNMENT;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    checkStrings(WorkflowStrings.of(workflow), context);
  }

  /** Scans strings with their paths: a workflow's, or an action file's ({@link ActionRules}). */
  static void checkStrings(List<StringSite> sites, RuleContext context) {
    boolean entropy = context.booleanOption("entropy");
    FileRole role = context.fileRole();
    for (StringSite site : sites) {
      Optional<SecretMatch> match = SecretScanner.defaults().scanValue(site.key(), site.value(), role);
      if (match.isEmpty()) {
        continue;
      }
      SecretMatch found = match.get();
      String literal = site.value().substring(Math.max(0, found.start()), Math.min(site.value().length(),
          Math.max(found.start(), found.end()))).trim();
      if (found.kind() == SecretKind.HIGH_ENTROPY && (!entropy || literal.contains("/"))
          || byName(found.kind()) && (CODE.matcher(literal).matches()
          || (site.key().equals("run") || site.key().equals("script")) && dummy(literal))) {
        continue;
      }
      String where = site.key().isEmpty() ? "" : " in '" + site.key() + "'";
      context.reportAtMost(found.kind() == SecretKind.WEAK_ASSIGNMENT ? Severity.WARNING : Severity.ERROR,
          site.path(), found.kind().description() + " written as a literal" + where + " ("
          + found.redacted() + ")", "remove it, rotate it, and use ${{ secrets.NAME }} with a repository or "
          + "environment secret");
    }
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.rules.LiteralSecretRule;
import dev.devopskit.core.secret.SecretKind;
import dev.devopskit.core.secret.SecretMatch;
import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code github/literal-secret}: the core {@link LiteralSecretRule} over every string of a workflow; a secret is
 * referenced as {@code ${{ secrets.NAME }}}, never written. Three kinds of scanner hits are not secrets in
 * workflows and are left out: code on the right of an assignment in a script ({@code token = process.env.TOKEN}),
 * high-entropy resource paths such as a workload identity provider ({@code projects/123/locations/global/...}),
 * and short low-entropy values given to secret-looking names in scripts, such as the password of a throwaway
 * keychain ({@code keychain_password="password1"}). Action files ({@code action.yml}) are scanned the same way.
 */
public final class LiteralSecret implements Rule<Workflow> {
  private static final LiteralSecretRule<List<StringSite>> RULE = LiteralSecretRule.<List<StringSite>>of(
      "github/literal-secret", "No literal secrets in workflows", sites -> sites,
      "${{ secrets.NAME }} with a repository or environment secret").except(LiteralSecret::notSecret);
  /** The rule's description. */
  public static final RuleInfo INFO = RULE.info();
  private static final Pattern QUOTE_AT_END = Pattern.compile("^[\"']|[\"']$");
  private static final Pattern CODE = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[\\w$]+)+.*|.*[(\\[{].*|\\$.*");

  /** Whether a scanner hit in a workflow string is one of the kinds that are not secrets in workflows. */
  private static boolean notSecret(StringSite site, SecretMatch found) {
    String literal = site.value().substring(Math.max(0, found.start()), Math.min(site.value().length(),
        Math.max(found.start(), found.end()))).trim();
    return found.kind() == SecretKind.HIGH_ENTROPY && literal.contains("/")
        || byName(found.kind()) && (CODE.matcher(literal).matches()
        || (site.key().equals("run") || site.key().equals("script")) && dummy(literal));
  }

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
    checkStrings(WorkflowStrings.of(workflow, context), context);
  }

  /** Scans strings with their paths: a workflow's, or an action file's ({@link ActionRules}). */
  static void checkStrings(List<StringSite> sites, RuleContext context) {
    RULE.check(sites, context);
  }
}

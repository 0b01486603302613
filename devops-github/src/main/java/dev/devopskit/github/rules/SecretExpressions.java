package dev.devopskit.github.rules;

import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expressions of a workflow that read the {@code secrets} context, and a finding for each one a pattern
 * matches: the shared walk of {@link OverprovisionedSecrets} and {@link UnredactedSecrets}. Only expressions are
 * read ({@code ${{ ... }}}, and whole {@code if:} conditions), so a shell array such as {@code ${secrets[@]}} in a
 * script is not taken for the context.
 */
final class SecretExpressions {
  private SecretExpressions() {}

  /** What to say about one matched expression. */
  interface Report {
    /** Reports the match {@code m} of the expression at {@code site}. */
    void report(StringSite site, Matcher m);
  }

  /** Calls {@code report} once for each expression of the workflow that {@code pattern} matches. */
  static void find(Workflow workflow, RuleContext context, Pattern pattern, Report report) {
    for (StringSite site : WorkflowStrings.of(workflow, context)) {
      String value = site.value();
      if (!value.toLowerCase(Locale.ROOT).contains("secrets")) {
        continue;
      }
      List<String> expressions = !value.contains("${{") && "if".equals(site.key()) ? List.of(value)
          : Expressions.embedded(value);
      for (String expression : expressions) {
        Matcher m = pattern.matcher(expression);
        if (m.find()) {
          report.report(site, m);
        }
      }
    }
  }

  /** Reports each match at its string, naming it. */
  static void report(Workflow workflow, RuleContext context, Pattern pattern, String what, String fix) {
    find(workflow, context, pattern, (site, m) -> context.report(site.path(), "'" + m.group().strip() + "' " + what, fix));
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.Workflow;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code github/template-expansion}: the audit companion of {@link TemplateInjection}. Code (a {@code run:} script
 * or an action input that runs as code) expands a value whose origin the workflow does not show: an input of the
 * workflow ({@code inputs.*}, {@code github.event.inputs.*}), an output of a step or job that is not seen writing
 * an untrusted value, or a {@code github.event} field that is not on the list of fixed ones (numbers, ids, SHAs,
 * URLs, timestamps). Any of them may carry text that someone else wrote.
 */
public final class TemplateExpansion implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/template-expansion", Profile.STRICT, Severity.WARNING,
      "Values of unknown origin are passed to code through env, not expanded into it")
      .withConfidence(Confidence.LOW);
  private static final Pattern UNKNOWN = Pattern.compile("\\b(?:inputs\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_-]*"
      + "|github\\s*\\.\\s*event\\s*\\.\\s*inputs\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_-]*"
      + "|steps\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_-]*\\s*\\.\\s*outputs\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_-]*"
      + "|needs\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_-]*\\s*\\.\\s*outputs\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_-]*"
      + "|github\\s*\\.\\s*event\\s*\\.\\s*[A-Za-z0-9_.\\[\\]*'-]+)");
  /** The ends of event fields that nobody can fill with text: numbers, ids, SHAs, URLs, times, flags. */
  private static final Pattern FIXED = Pattern.compile("(?i).*(?:\\.|_)(?:number|id|sha|before|after|url|at|size"
      + "|count|additions|deletions|changed_files|draft|merged|locked|private|fork|state|action|ref_type"
      + "|run_attempt|run_number|conclusion|status|event|default_branch|full_name|owner\\.login|user\\.login"
      + "|sender\\.login|repository\\.name)$");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    CodeSinks.each(workflow, (code, path, scope) -> report(code, path, scope, context));
  }

  private static void report(String script, DocPath path, Taint.Scope scope, RuleContext context) {
    if (!script.contains("${{") || scope.sourceIn(script).isPresent()) {
      return; // github/template-injection reports the untrusted ones
    }
    for (String expression : Expressions.embedded(script)) {
      Optional<String> unknown = unknown(expression);
      if (unknown.isPresent()) {
        String variable = unknown.get().replaceAll(".*\\.", "").replaceAll("[^A-Za-z0-9]", "_")
            .toUpperCase(java.util.Locale.ROOT);
        context.report(path, "the code expands " + unknown.get() + ", whose text the workflow does not control, so "
            + "it could run as code", "pass it through env (env: { " + variable + ": ${{ " + unknown.get()
            + " }} }) and use \"$" + variable + "\" in the script");
        return;
      }
    }
  }

  private static Optional<String> unknown(String expression) {
    Matcher m = UNKNOWN.matcher(expression);
    while (m.find()) {
      String context = m.group().replaceAll("\\s+", "");
      if (context.startsWith("github.event.") && !context.startsWith("github.event.inputs.")
          && FIXED.matcher(context).matches()) {
        continue;
      }
      return Optional.of(context);
    }
    return Optional.empty();
  }
}

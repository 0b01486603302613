package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.Workflow;

/**
 * {@code github/unsound-condition}: an {@code if:} whose text is more than one {@code ${{ }}} expression (two joined
 * by {@code &&}, or a block scalar {@code |} that keeps a newline after it) is a string, not an expression: GitHub
 * interpolates the expressions into it and a non-empty string is true, so the step or job always runs.
 */
public final class UnsoundCondition implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/unsound-condition", Profile.RECOMMENDED, Severity.ERROR,
      "if: conditions are one expression, not text that is always true").withConfidence(Confidence.HIGH);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    Conditions.each(workflow, (text, path, job) -> {
      if (!text.contains("${{") || Expressions.isWholeExpression(text) && text.equals(text.strip())) {
        return;
      }
      String inner = String.join(" && ", Expressions.embedded(text));
      String why = text.strip().equals(text) || !Expressions.isWholeExpression(text)
          ? "text around its ${{ }} expressions" : "a line break after its expression (a block scalar |)";
      context.report(path, "this if: has " + why + ", so GitHub reads it as a string, which is never empty: the "
          + "condition is always true", "write the whole condition as one expression: if: ${{ " + inner
          + " }} (or without ${{ }}), on one line or with |- or >-");
    });
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code github/template-injection}: values an outsider controls are not expanded with {@code ${{ }}} into code:
 * a {@code run:} script, or an action input that runs as code ({@code actions/github-script}'s {@code script} and
 * the other actions listed in {@code code-inputs.txt}). Sources are the {@code github.event} fields a fork, issue
 * or comment author writes and {@code github.head_ref}, and what the job derives from them ({@link Taint}):
 * environment variables, step and job outputs, matrix values from {@code fromJSON}. Composite actions' steps are
 * judged the same way ({@link StepRule}), with what their own {@code env} derives.
 */
public final class TemplateInjection implements Rule<Workflow>, StepRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/template-injection", Profile.RECOMMENDED, Severity.ERROR,
      "Attacker-controlled values are not expanded into scripts or code inputs").withConfidence(Confidence.HIGH);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    CodeSinks.each(workflow, (code, path, scope) -> report(code, path, scope, context));
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    CodeSinks.each(step, scope.path(), (code, path, taint) -> report(code, path, taint, context));
  }

  private static void report(String script, DocPath path, Taint.Scope scope, RuleContext context) {
    Optional<String> source = scope.sourceIn(script);
    if (source.isEmpty()) {
      return;
    }
    String from = source.get();
    String context0 = from.replaceAll(" .*", "");
    String variable = context0.startsWith("env.") ? context0.substring(4)
        : context0.replaceAll(".*\\.", "").replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    String fix = context0.startsWith("env.")
        ? "read the variable from the environment (\"$" + variable + "\" in shell, process.env." + variable
            + " in a script) instead of expanding ${{ " + context0 + " }} into the code"
        : "pass it through env (env: { " + variable + ": ${{ " + context0 + " }} }) and use \"$" + variable
            + "\" in the script";
    context.report(path, "the code expands " + from + ", which an outsider controls, so its text can run as code",
        fix);
  }
}

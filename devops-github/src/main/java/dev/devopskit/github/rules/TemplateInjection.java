package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code github/template-injection}: contexts an outsider controls (pull request and issue titles and bodies,
 * comments, branch names, commit messages and authors) are not expanded with {@code ${{ }}} inside a {@code run:}
 * script or an {@code actions/github-script} script, where they become code. Composite actions' steps are judged
 * the same way ({@link StepRule}).
 */
public final class TemplateInjection implements Rule<Workflow>, StepRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/template-injection", Profile.RECOMMENDED, Severity.ERROR,
      "Attacker-controlled contexts are not expanded into scripts").withConfidence(Confidence.MEDIUM);
  private static final String ANY = "(?:\\[[^\\]]*\\]|\\.\\*|\\.[0-9]+)?";
  private static final Pattern TAINTED = Pattern.compile("github\\s*\\.\\s*(?:head_ref\\b|event\\s*\\.\\s*("
      + "(?:issue|pull_request|discussion)\\.(?:title|body)\\b"
      + "|comment\\.body\\b|review\\.body\\b|review_comment\\.body\\b"
      + "|pages" + ANY + "\\.page_name\\b"
      + "|commits" + ANY + "\\.(?:message|author\\.(?:email|name))\\b"
      + "|head_commit\\.(?:message|author\\.(?:email|name)|committer\\.(?:email|name))\\b"
      + "|pull_request\\.head\\.(?:ref|label|repo\\.default_branch)\\b"
      + "|workflow_run\\.(?:head_branch|display_title|head_commit\\.(?:message|author\\.(?:email|name))"
      + "|pull_requests" + ANY + "\\.head\\.ref)\\b"
      + "|check_suite\\.head_branch\\b|check_run\\.check_suite\\.head_branch\\b|discussion_comment\\.comment\\.body\\b))");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      List<Step> steps = entry.getValue().steps();
      for (int i = 0; i < steps.size(); i++) {
        checkStep(steps.get(i), Pipelines.step(entry.getKey(), i), context);
      }
    }
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    checkStep(step, scope.path(), context);
  }

  private static void checkStep(Step step, DocPath at, RuleContext context) {
    if (step.run().isPresent()) {
      report(step.run().get(), "run", at, context);
    } else if (Pipelines.usesAction(step, "actions/github-script") && step.with().containsKey("script")) {
      report(step.with().get("script"), "with.script", at, context);
    }
  }

  private static void report(String script, String key, DocPath at, RuleContext context) {
    if (!script.contains("github")) {
      return; // every match of TAINTED starts with the word, in an expression that is a part of the script
    }
    Set<String> tainted = new LinkedHashSet<>();
    for (String expression : Expressions.embedded(script)) {
      Matcher m = TAINTED.matcher(expression);
      while (m.find()) {
        tainted.add(m.group().replaceAll("\\s+", ""));
      }
    }
    if (!tainted.isEmpty()) {
      String first = tainted.iterator().next();
      String variable = first.replaceAll(".*\\.", "").replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
      var path = key.equals("run") ? at.key("run") : at.key("with").key("script");
      context.report(path, "the script expands " + String.join(", ", tainted) + ", which an outsider controls, "
          + "so its text can run as code", "pass it through env (env: { " + variable + ": ${{ " + first
          + " }} }) and use \"$" + variable + "\" in the script");
    }
  }
}

package dev.devopskit.kit.internal.java;

import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.expression.Expr;
import dev.devopskit.github.workflow.Cron;
import dev.devopskit.github.workflow.RunsOn;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub Actions workflows as Java: {@code Step.run}, {@code Step.uses} with {@code with...} copies,
 * {@code Trigger.push}, {@code Trigger.pullRequest} and the other trigger factories, {@code RunsOn.label}, and
 * expressions through {@link Expr} ({@code Expr.secret("TOKEN")}) where the text is one the factories write.
 */
public final class WorkflowJava extends JavaKind {
  private static final Pattern EMBEDDED = Pattern.compile("\\$\\{\\{ ([^{}]*?) }}");
  private static final Pattern NAMED = Pattern.compile(
      "(secrets|github|vars|env|inputs|matrix)\\.([A-Za-z_][A-Za-z0-9_-]*)");
  private static final Pattern OUTPUT = Pattern.compile(
      "(needs|steps)\\.([A-Za-z_][A-Za-z0-9_-]*)\\.outputs\\.([A-Za-z_][A-Za-z0-9_-]*)");
  private static final Map<String, String> NAMED_FACTORIES = Map.of("secrets", "secret", "github", "github",
      "vars", "var", "env", "env", "inputs", "input", "matrix", "matrix");
  private static final List<String> STATUS = List.of("always", "success", "failure", "cancelled");

  /** The kind. */
  public WorkflowJava() {
    super(Workflow.class, "workflow", GitHubActions.class, "text");
  }

  @Override
  public Optional<String> idiom(Object value, JavaEmitter emitter) {
    if (value instanceof Step step) {
      return step(step, emitter);
    }
    if (value instanceof Trigger trigger) {
      return trigger(trigger, emitter);
    }
    if (value instanceof RunsOn runsOn) {
      return runsOn.labels().size() == 1
          ? emitter.factory(value, RunsOn.class, "label", runsOn.labels().get(0))
          : emitter.factory(value, RunsOn.class, "labels", (Object) runsOn.labels().toArray(String[]::new));
    }
    return Optional.empty();
  }

  /** {@code Step.run(script)} or {@code Step.uses(action)}, then {@code withName}, {@code withInput}, {@code withEnv}. */
  private static Optional<String> step(Step step, JavaEmitter emitter) {
    Step base;
    String head;
    if (step.run().isPresent()) {
      base = Step.run(step.run().get());
      head = emitter.type(Step.class) + ".run(" + emitter.string(step.run().get()) + ")";
    } else if (step.uses().isPresent()) {
      base = Step.uses(step.uses().get());
      head = emitter.type(Step.class) + ".uses(" + emitter.string(step.uses().get().toString()) + ")";
      if (!Step.uses(step.uses().get().toString()).equals(base)) {
        return Optional.empty();
      }
    } else {
      return Optional.empty();
    }
    List<String> calls = new ArrayList<>();
    if (step.name().isPresent()) {
      base = base.withName(step.name().get());
      calls.add(".withName(" + emitter.string(step.name().get()) + ")");
    }
    for (Map.Entry<String, String> input : step.with().entrySet()) {
      base = base.withInput(input.getKey(), input.getValue());
      calls.add(".withInput(" + emitter.string(input.getKey()) + ", " + emitter.string(input.getValue()) + ")");
    }
    for (Map.Entry<String, String> variable : step.env().entrySet()) {
      base = base.withEnv(variable.getKey(), variable.getValue());
      calls.add(".withEnv(" + emitter.string(variable.getKey()) + ", " + emitter.string(variable.getValue()) + ")");
    }
    return base.equals(step) ? Optional.of(emitter.chain(head, calls)) : Optional.empty();
  }

  private static Optional<String> trigger(Trigger trigger, JavaEmitter emitter) {
    String[] branches = trigger.branches().toArray(String[]::new);
    return switch (trigger.event()) {
      case "push" -> emitter.factory(trigger, Trigger.class, "push", (Object) branches);
      case "pull_request" -> emitter.factory(trigger, Trigger.class, "pullRequest", (Object) branches);
      case "schedule" -> emitter.factory(trigger, Trigger.class, "schedule",
          (Object) trigger.schedules().stream().map(Cron::expression).toArray(String[]::new));
      case "workflow_dispatch" -> emitter.factory(trigger, Trigger.class, "workflowDispatch");
      case "workflow_call" -> emitter.factory(trigger, Trigger.class, "workflowCall");
      default -> emitter.factory(trigger, Trigger.class, "of", trigger.event());
    };
  }

  /**
   * A text with expressions in the form {@link Expr} writes ({@code ${{ secrets.TOKEN }}}) as the {@code Expr}
   * calls concatenated with the rest; a bare status function ({@code always()}) as its {@code text()}.
   */
  @Override
  public Optional<String> string(String text, JavaEmitter emitter) {
    if (STATUS.contains(text.replace("()", "")) && text.endsWith("()")) {
      return Optional.of(emitter.type(Expr.class) + "." + text.replace("()", "") + "().text()");
    }
    if (text.indexOf('\n') >= 0 || !text.contains("${{")) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    StringBuilder rebuilt = new StringBuilder();
    Matcher matcher = EMBEDDED.matcher(text);
    int last = 0;
    boolean previousWasExpression = false;
    while (matcher.find()) {
      Optional<String> call = expression(matcher.group(1), emitter);
      if (call.isEmpty()) {
        continue;
      }
      if (matcher.start() > last) {
        String literal = text.substring(last, matcher.start());
        parts.add(JavaLiterals.quoted(literal));
        rebuilt.append(literal);
      } else if (previousWasExpression) {
        return Optional.empty();
      }
      parts.add(call.get());
      rebuilt.append(matcher.group());
      previousWasExpression = true;
      last = matcher.end();
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    if (last < text.length()) {
      parts.add(JavaLiterals.quoted(text.substring(last)));
      rebuilt.append(text.substring(last));
    }
    if (!rebuilt.toString().equals(text)) {
      return Optional.empty();
    }
    if (parts.size() == 1) {
      return Optional.of(parts.get(0) + ".toString()");
    }
    if (!parts.get(0).startsWith("\"") && !parts.get(1).startsWith("\"")) {
      return Optional.empty();
    }
    return Optional.of(String.join(" + ", parts));
  }

  /** The {@code Expr} factory call for an expression's inner text, when it writes exactly that text. */
  private static Optional<String> expression(String inner, JavaEmitter emitter) {
    String expr = emitter.type(Expr.class);
    Matcher named = NAMED.matcher(inner);
    if (named.matches()) {
      String factory = NAMED_FACTORIES.get(named.group(1));
      return Optional.of(expr + "." + factory + "(" + JavaLiterals.quoted(named.group(2)) + ")");
    }
    Matcher output = OUTPUT.matcher(inner);
    if (output.matches()) {
      return Optional.of(expr + "." + (output.group(1).equals("needs") ? "needsOutput" : "stepOutput") + "("
          + JavaLiterals.quoted(output.group(2)) + ", " + JavaLiterals.quoted(output.group(3)) + ")");
    }
    return Optional.empty();
  }
}

package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads steps (of a job, or of a composite action) and the action references they use. */
final class StepReader extends FieldReader {
  private static final Set<String> STEP_KEYS = ordered("id", "if", "name", "uses", "run", "working-directory",
      "shell", "with", "env", "continue-on-error", "timeout-minutes", "background", "wait", "wait-all", "cancel",
      "parallel");

  StepReader(FieldReader shared) {
    super(shared);
  }

  private Optional<Step> build(Step.Builder step, YamlNode at, DocPath path) {
    try {
      return Optional.of(step.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(at, path, e);
    }
  }

  /** The action or workflow a step or job uses, with the comment after it (the version of a pinned SHA). */
  Optional<ActionRef> actionRef(String text, YamlNode node, DocPath path) {
    if (text.contains("${{")) {
      // kept as written (it prints back), with the error GitHub gives
      read.error(node, path, "'" + path + "' cannot be an expression: GitHub reads uses before it evaluates "
          + "expressions", "name the action or workflow itself, and choose between several with 'if:'");
    }
    try {
      ActionRef.Builder ref = ActionRef.builder().text(text);
      ref.comment(comment(node));
      return Optional.of(ref.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(node, path, e);
    }
  }

  /** The comment on the same line after a scalar, such as the version after a SHA pin. */
  private Optional<String> comment(YamlNode node) {
    if (node.span().isEmpty()) {
      return Optional.empty();
    }
    Span span = node.span().get();
    if (span.end().line() != span.start().line()) {
      return Optional.empty();
    }
    String line = source.line(span.start().line());
    int offset = span.end().offset() - source.lineStart(span.start().line());
    if (offset < 0 || offset > line.length()) {
      return Optional.empty();
    }
    String rest = line.substring(offset);
    int hash = rest.indexOf('#');
    if (hash < 0 || !rest.substring(0, hash).isBlank() || hash == 0 && offset > 0
        && !Character.isWhitespace(line.charAt(offset - 1))) {
      return Optional.empty();
    }
    String comment = rest.substring(hash + 1).strip();
    return comment.isEmpty() ? Optional.empty() : Optional.of(comment);
  }

  List<Step> steps(YamlNode node, DocPath path) {
    List<Step> steps = new ArrayList<>();
    Optional<YamlSequence> sequence = node.asSequence();
    if (sequence.isEmpty()) {
      if (!node.isNull()) {
        read.error(node, path, "'" + path + "' must be a list of steps, not " + describe(node), null);
      }
      return steps;
    }
    List<YamlNode> items = sequence.get().items();
    for (int i = 0; i < items.size(); i++) {
      addIfPresent(steps, step(items.get(i), path.index(i)));
    }
    return steps;
  }

  private Optional<Step> step(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      if (node.isNull()) {
        read.error(node, path, "step '" + path + "' is empty; give it run or uses", null);
      }
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Step.Builder step = Step.builder();
    // Optional parts are set as read: the builders take Optional.empty() as "not set".
    step.name(string(m, "name", path));
    step.id(string(m, "id", path));
    step.condition(condition(m, path));
    Optional<String> uses = string(m, "uses", path);
    if (uses.isPresent()) {
      step.uses(actionRef(uses.get(), valueOf(m, "uses"), path.key("uses")));
    }
    ScalarMap with = scalarMap(m, "with", path);
    step.putAllWith(with.values()).withExpression(with.expression());
    step.run(string(m, "run", path));
    step.shell(string(m, "shell", path));
    step.workingDirectory(string(m, "working-directory", path));
    ScalarMap env = scalarMap(m, "env", path);
    step.putAllEnv(env.values()).envExpression(env.expression());
    step.continueOnError(boolOrExpression(m, "continue-on-error", path));
    step.timeoutMinutes(numberOrExpression(m, "timeout-minutes", path));
    step.background(bool(m, "background", path));
    if (m.has("wait")) {
      List<String> wait = list(m, "wait", path);
      if (wait.isEmpty()) {
        read.error(m.get("wait").get(), path.key("wait"), "'" + path.key("wait") + "' names no step", null);
      }
      step.addAllAwait(wait);
    }
    YamlNode waitAll = valueOf(m, "wait-all");
    if (waitAll != null) {
      step.waitAll(waitAll.isNull() || read.bool(waitAll, path.key("wait-all")).orElse(true));
    }
    step.cancel(string(m, "cancel", path));
    YamlNode parallel = valueOf(m, "parallel");
    if (parallel != null) {
      step.addAllParallel(steps(parallel, path.key("parallel")));
    }
    step.putAllExtensions(unknown(m, path, STEP_KEYS));
    return build(step, node, path);
  }
}

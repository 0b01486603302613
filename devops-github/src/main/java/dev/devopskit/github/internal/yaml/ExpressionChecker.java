package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.github.expression.ExpressionProblem;
import dev.devopskit.github.expression.Expressions;
import java.util.List;
import java.util.Optional;

/** Checks the syntax of every expression in a file and reports each problem at its column. */
final class ExpressionChecker extends FieldReader {
  ExpressionChecker(FieldReader shared) {
    super(shared);
  }

  void expressions(YamlNode node, DocPath path, int depth) {
    if (node == null || depth > 200) {
      return;
    }
    if (node instanceof YamlMapping) {
      for (YamlMapping.Entry entry : ((YamlMapping) node).entries()) {
        boolean condition = entry.name().equals("if");
        if (!condition && inert(entry.value())) {
          continue;
        }
        DocPath here = path.key(entry.name());
        if (condition && entry.value() instanceof YamlScalar && isCondition(here)) {
          condition((YamlScalar) entry.value(), here);
        } else {
          expressions(entry.value(), here, depth + 1);
        }
      }
    } else if (node instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) node).items();
      for (int i = 0; i < items.size(); i++) {
        if (!inert(items.get(i))) {
          expressions(items.get(i), path.index(i), depth + 1);
        }
      }
    } else if (node instanceof YamlScalar && ((YamlScalar) node).kind() == YamlScalar.Kind.STRING) {
      YamlScalar scalar = (YamlScalar) node;
      for (var problem : Expressions.scan(scalar.value())) {
        expressionFinding(scalar, path, problem.offset(), problem.message());
      }
    }
  }

  /** A scalar that holds no expression to check: most values, passed over without making their path. */
  private static boolean inert(YamlNode node) {
    return node instanceof YamlScalar && (((YamlScalar) node).kind() != YamlScalar.Kind.STRING
        || !((YamlScalar) node).value().contains("${{"));
  }

  private static boolean isCondition(DocPath path) {
    List<Object> segments = path.segments();
    // a job's or step's condition in a workflow, a step's in a composite action (runs.steps[i].if)
    return segments.size() >= 3 && ("jobs".equals(segments.get(0)) || "runs".equals(segments.get(0)));
  }

  private void condition(YamlScalar scalar, DocPath path) {
    String text = scalar.value();
    if (scalar.kind() != YamlScalar.Kind.STRING) {
      return;
    }
    if (text.contains("${{")) {
      for (var problem : Expressions.scan(text)) {
        expressionFinding(scalar, path, problem.offset(), problem.message());
      }
      return;
    }
    Optional<ExpressionProblem> problem = Expressions.parse(text);
    if (problem.isPresent()) {
      expressionFinding(scalar, path, problem.get().offset(), problem.get().message());
    }
  }

  /**
   * Reports an expression problem at its column: the offset in the scalar's value is mapped back to the file,
   * exactly for plain and quoted one-line scalars, and at the {@code ${{} that holds the problem for blocks.
   */
  private void expressionFinding(YamlScalar scalar, DocPath path, int offset, String message) {
    Span span = scalar.span().orElse(null);
    String fix = "check the expression syntax: contexts, 'strings' in single quotes, operators and closing '}}'";
    if (span == null) {
      read.report(WorkflowReader.EXPRESSION, Severity.ERROR, scalar, path,
          "invalid expression in '" + path + "': " + message, fix);
      return;
    }
    int start = span.start().offset();
    int sourceOffset = start + offset;
    if (scalar.style() == YamlScalar.Style.SINGLE_QUOTED || scalar.style() == YamlScalar.Style.DOUBLE_QUOTED) {
      sourceOffset = start + 1 + offset;
    }
    if (scalar.style() == YamlScalar.Style.LITERAL || scalar.style() == YamlScalar.Style.FOLDED
        || scalar.value().indexOf('\n') >= 0) {
      String value = scalar.value();
      int occurrence = countBefore(value, offset);
      sourceOffset = nthIndex(source.text(), span.start().offset(), span.end().offset(), occurrence, start + offset);
    }
    Span at = Span.at(source.position(Math.min(sourceOffset, source.text().length())));
    extra.add(Finding.builder().ruleId(WorkflowReader.EXPRESSION).severity(Severity.ERROR)
        .message("invalid expression in '" + path + "': " + message).fix(fix)
        .location(new Location(source.path(), Optional.of(at), path)).build());
  }

  private static int countBefore(String value, int offset) {
    int count = 0;
    int from = 0;
    while (true) {
      int at = value.indexOf("${{", from);
      if (at < 0 || at > offset) {
        return Math.max(0, count - 1);
      }
      count++;
      from = at + 3;
    }
  }

  private static int nthIndex(String text, int from, int to, int n, int fallback) {
    int at = from;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf("${{", at);
      if (at < 0 || at > to) {
        return fallback;
      }
      if (i < n) {
        at += 3;
      }
    }
    return at;
  }
}

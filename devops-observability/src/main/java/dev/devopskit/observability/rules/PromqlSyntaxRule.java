package dev.devopskit.observability.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.internal.promql.PromqlCheck;
import java.util.Optional;

/**
 * {@code alerts/promql-syntax}: expressions have balanced brackets, terminated strings, known functions, valid
 * range selectors and well-formed label matchers. A light check, not a PromQL engine: {@code promtool check rules}
 * remains the authority.
 */
public final class PromqlSyntaxRule implements Rule<RuleFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("alerts/promql-syntax", Profile.RECOMMENDED, Severity.ERROR,
      "Rule expressions are well-formed PromQL");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleFile file, RuleContext context) {
    AlertSites.all(file, (path, group, rule) -> {
      for (PromqlCheck.Problem problem : PromqlCheck.check(rule.expr())) {
        DocPath at = path.key("expr");
        String message = (rule.isAlert() ? "alert '" : "recording rule '") + rule.name() + "': " + problem.message();
        Optional<Span> span = within(context, at, rule.expr(), problem.offset());
        if (span.isPresent()) {
          context.report(span.get(), at, message, problem.fix());
        } else {
          context.report(at, message + " (at column " + (problem.offset() + 1) + " of the expression)",
              problem.fix());
        }
      }
    });
  }

  /** The exact place of an offset of the expression when the file holds it verbatim on its lines. */
  private static Optional<Span> within(RuleContext context, DocPath at, String expr, int offset) {
    Optional<SourceFile> source = context.source();
    Optional<Span> exprSpan = context.sourceMap().exact(at);
    if (source.isEmpty() || exprSpan.isEmpty()) {
      return Optional.empty();
    }
    String text = source.get().text();
    int from = exprSpan.get().start().offset();
    int to = Math.min(text.length(), Math.max(from, exprSpan.get().end().offset()));
    String before = expr.substring(0, Math.min(offset, expr.length()));
    String firstLine = before.contains("\n") ? before.substring(before.lastIndexOf('\n') + 1) : before;
    int line = (int) before.chars().filter(c -> c == '\n').count();
    String exprLine = expr.split("\n", -1)[line];
    int found = text.substring(from, to).indexOf(exprLine);
    if (found < 0 || exprLine.isEmpty()) {
      return Optional.empty();
    }
    int hit = from + found + firstLine.length();
    Position position = source.get().position(hit);
    return Optional.of(Span.at(position));
  }
}

package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code github/obfuscation}: a workflow says plainly what it runs. An action path with {@code .}, {@code ..} or
 * empty segments ({@code actions/checkout/./@v4}) and an expression whose value is fixed when the file is written
 * ({@code ${{ 'main' }}}, {@code ${{ format('{0}', 'x') }}}) work, but hide the action or the value from readers
 * and from the rules that match them.
 */
public final class Obfuscation implements Rule<Workflow>, StepRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/obfuscation")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.NOTE)
      .summary("Action paths and expressions are written in their plain form")
      .build();
  /** Functions whose value is fixed when all their arguments are. */
  private static final Set<String> PURE = Set.of("format", "contains", "startswith", "endswith", "tojson",
      "fromjson", "join");
  private static final Set<String> LITERALS = Set.of("true", "false", "null");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    UsesSites.forEach(workflow, (ref, path) -> uses(ref, path, context));
    for (StringSite site : WorkflowStrings.of(workflow, context)) {
      expressions(site.value(), site.path(), context);
    }
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    DocPath at = scope.path();
    step.uses().ifPresent(ref -> uses(ref, at.key("uses"), context));
    step.name().ifPresent(name -> expressions(name, at.key("name"), context));
    step.condition().ifPresent(condition -> expressions(condition, at.key("if"), context));
    step.run().ifPresent(run -> expressions(run, at.key("run"), context));
    step.inputs().forEach((key, value) -> expressions(value, at.key("with").key(key), context));
    step.env().forEach((key, value) -> expressions(value, at.key("env").key(key), context));
  }

  private static void uses(ActionRef ref, DocPath path, RuleContext context) {
    oddSegment(ref).ifPresent(segment -> context.report(path,
        "'" + ref.text() + "' has " + segment + " in its path, which hides which action runs from readers and "
            + "from the rules that match actions", "write the path without it: " + plain(ref.text())));
  }

  private static void expressions(String text, DocPath path, RuleContext context) {
    if (!text.contains("${{")) {
      return;
    }
    for (String expression : Expressions.embedded(text)) {
      if (Expressions.parse(expression).isEmpty() && !expression.isEmpty()) {
        constant(expression).ifPresent(part -> context.report(path, part.equals(expression)
            ? "'${{ " + expression + " }}' always has the same value, so the expression only hides it"
            : "'" + part + "' in '${{ " + expression + " }}' always has the same value, so it only hides it",
            "write the value itself instead of the expression"));
      }
    }
  }

  /** The first {@code .}, {@code ..} or empty segment of a repository action's sub-path, named. */
  private static Optional<String> oddSegment(ActionRef ref) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY) {
      return Optional.empty();
    }
    String text = ref.text().strip();
    int at = text.indexOf('@');
    List<String> segments = Arrays.asList((at < 0 ? text : text.substring(0, at)).split("/", -1));
    for (String segment : segments.subList(Math.min(2, segments.size()), segments.size())) {
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("a '" + segment + "' segment");
      }
      if (segment.isEmpty()) {
        return Optional.of("an empty segment");
      }
    }
    return Optional.empty();
  }

  private static String plain(String text) {
    int at = text.indexOf('@');
    String path = at < 0 ? text : text.substring(0, at);
    String cleaned = String.join("/", Arrays.stream(path.split("/")).filter(s -> !s.isEmpty() && !s.equals("."))
        .toList());
    return cleaned.contains("..") ? "the action's real path" : cleaned + (at < 0 ? "" : text.substring(at));
  }

  /**
   * The whole expression when its value is fixed, else its first call of a pure function whose arguments are all
   * fixed ({@code format('{0}', 'x')} inside a comparison); empty when every part depends on the run.
   */
  static Optional<String> constant(String expression) {
    if (fixed(expression)) {
      return Optional.of(expression);
    }
    String lower = expression.toLowerCase(Locale.ROOT);
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\'') {
        i = stringEnd(expression, i);
      } else if (Character.isLetter(c) && (i == 0 || !identifierPart(expression.charAt(i - 1)))) {
        int end = identifierEnd(expression, i);
        int open = skipSpaces(expression, end);
        if (PURE.contains(lower.substring(i, end)) && open < expression.length() && expression.charAt(open) == '(') {
          int close = closing(expression, open);
          String arguments = close > open ? expression.substring(open + 1, close) : "";
          if (close > open && fixed(arguments) && !arrayLiteral(lower.substring(i, end), arguments)) {
            return Optional.of(expression.substring(i, close + 1));
          }
        }
        i = end - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a call is {@code fromJSON} of a JSON array or object: expressions have no literal for those, so
   * {@code contains(fromJSON('["push", "schedule"]'), github.event_name)} is the plain way to write the list.
   */
  private static boolean arrayLiteral(String function, String arguments) {
    String argument = arguments.strip();
    return function.equals("fromjson") && (argument.startsWith("'[") || argument.startsWith("'{"));
  }

  /** Whether every name in the text is a literal or a pure function that is called: no context, no other call. */
  private static boolean fixed(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        i = stringEnd(text, i);
      } else if (Character.isLetter(c) || c == '_') {
        int end = identifierEnd(text, i);
        String name = lower.substring(i, end);
        int next = skipSpaces(text, end);
        boolean call = next < text.length() && text.charAt(next) == '(';
        if (call ? !PURE.contains(name) : !LITERALS.contains(name)) {
          return false;
        }
        i = end - 1;
      } else if (c == '[' || c == '*') {
        return false;
      }
    }
    return true;
  }

  private static boolean identifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }

  private static int identifierEnd(String text, int from) {
    int end = from;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
        || text.charAt(end) == '-')) {
      end++;
    }
    return end;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index of the quote that closes the string opened at {@code open} ({@code ''} is an escaped quote). */
  private static int stringEnd(String text, int open) {
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == '\'') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return text.length();
  }

  /** The index of the parenthesis that closes the one at {@code open}, or -1. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        i = stringEnd(text, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}

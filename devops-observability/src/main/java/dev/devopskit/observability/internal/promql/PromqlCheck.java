package dev.devopskit.observability.internal.promql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A light check of PromQL text: balanced brackets, terminated strings, known functions and aggregations, range
 * selectors with valid durations, range functions given a range, and label matchers of the form
 * {@code name op "value"}. It is not a parser: it finds the mistakes people make by hand, with the offset.
 */
public final class PromqlCheck {

  /** One problem: where (0-based offset in the expression), what, and how to fix it. */
  public record Problem(int offset, String message, String fix) {}

  /** The functions of PromQL (Prometheus 2.x and 3.x). */
  public static final Set<String> FUNCTIONS = Set.of("abs", "absent", "absent_over_time", "acos", "acosh", "asin",
      "asinh", "atan", "atanh", "avg_over_time", "ceil", "changes", "clamp", "clamp_max", "clamp_min", "cos", "cosh",
      "count_over_time", "day_of_month", "day_of_week", "day_of_year", "days_in_month", "deg", "delta", "deriv",
      "double_exponential_smoothing", "exp", "first_over_time", "floor", "histogram_avg", "histogram_count",
      "histogram_fraction", "histogram_quantile", "histogram_stddev", "histogram_stdvar", "histogram_sum",
      "holt_winters", "hour", "idelta", "increase", "info", "irate", "label_join", "label_replace",
      "last_over_time", "ln", "log10", "log2", "mad_over_time", "max_over_time", "min_over_time", "minute", "month",
      "pi", "predict_linear", "present_over_time", "quantile_over_time", "rad", "rate", "resets", "round", "scalar",
      "sgn", "sin", "sinh", "sort", "sort_by_label", "sort_by_label_desc", "sort_desc", "sqrt", "stddev_over_time",
      "stdvar_over_time", "sum_over_time", "tan", "tanh", "time", "timestamp", "ts_of_first_over_time",
      "ts_of_last_over_time", "ts_of_max_over_time", "ts_of_min_over_time", "vector", "year");
  /** The aggregation operators. */
  public static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
      "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
  /** Keywords that may be followed by an opening parenthesis. */
  private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
      "bool", "and", "or", "unless", "offset", "atan2", "start", "end");
  /** Functions whose first argument is a range vector. */
  private static final Set<String> RANGE_FUNCTIONS = Set.of("rate", "irate", "increase", "delta", "idelta",
      "deriv", "changes", "resets", "avg_over_time", "min_over_time", "max_over_time", "sum_over_time",
      "count_over_time", "quantile_over_time", "stddev_over_time", "stdvar_over_time", "last_over_time",
      "present_over_time", "absent_over_time", "mad_over_time", "first_over_time", "holt_winters",
      "double_exponential_smoothing", "predict_linear");
  private static final String DURATION = "(?:[0-9]+(?:ms|s|m|h|d|w|y))+";
  private static final Pattern RANGE = Pattern.compile("\\s*" + DURATION + "\\s*");
  private static final Pattern SUBQUERY = Pattern.compile("\\s*" + DURATION + "\\s*:\\s*(" + DURATION + ")?\\s*");

  private final String text;
  private final List<Problem> problems = new ArrayList<>();

  private PromqlCheck(String text) {
    this.text = text;
  }

  /** The problems of an expression, in order; empty when it looks well formed. */
  public static List<Problem> check(String expression) {
    PromqlCheck check = new PromqlCheck(expression);
    check.run();
    return List.copyOf(check.problems);
  }

  private record Open(char bracket, int offset, String function) {}

  private void run() {
    if (text.isBlank()) {
      problems.add(new Problem(0, "the expression is empty", "write a PromQL expression"));
      return;
    }
    Deque<Open> stack = new ArrayDeque<>();
    String lastIdentifier = null;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        int end = stringEnd(i);
        if (end < 0) {
          problems.add(new Problem(i, "string starting here is not closed", "close it with " + c));
          return;
        }
        i = end + 1;
        lastIdentifier = null;
        continue;
      }
      if (Character.isLetter(c) || c == '_' || c == ':') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
            || text.charAt(i) == ':')) {
          i++;
        }
        lastIdentifier = text.substring(start, i);
        int next = skipSpace(i);
        if (next < n && text.charAt(next) == '(' && !stack.isEmpty() && stack.peek().bracket() == '{') {
          lastIdentifier = null;
        } else if (next < n && text.charAt(next) == '(') {
          functionName(lastIdentifier, start);
        }
        continue;
      }
      switch (c) {
        case '(':
          stack.push(new Open('(', i, lastIdentifier == null ? "" : lastIdentifier.toLowerCase(Locale.ROOT)));
          break;
        case '{':
          stack.push(new Open('{', i, ""));
          int close = matchers(i);
          if (close > 0) {
            stack.pop();
            i = close;
          }
          break;
        case '[':
          int end = text.indexOf(']', i);
          if (end < 0) {
            problems.add(new Problem(i, "'[' is not closed", "close the range selector with ']'"));
            return;
          }
          String inside = text.substring(i + 1, end);
          if (!RANGE.matcher(inside).matches() && !SUBQUERY.matcher(inside).matches()) {
            problems.add(new Problem(i, "range '[" + inside + "]' is not a duration such as [5m] or a subquery "
                + "such as [1h:5m]", "write the range as a number with a unit: ms, s, m, h, d, w or y"));
          }
          for (Open open : stack) {
            if (open.bracket() == '(') {
              stack.remove(open);
              stack.push(new Open('(', open.offset(), open.function() + "[]"));
              break;
            }
          }
          i = end;
          break;
        case ')':
        case '}':
        case ']':
          char expected = c == ')' ? '(' : c == '}' ? '{' : '[';
          if (stack.isEmpty() || stack.peek().bracket() != expected) {
            problems.add(new Problem(i, "'" + c + "' has no matching '" + expected + "'"
                + (stack.isEmpty() ? "" : " ('" + stack.peek().bracket() + "' at column "
                    + (stack.peek().offset() + 1) + " is still open)"), "balance the brackets"));
            return;
          }
          Open open = stack.pop();
          rangeArgument(open);
          break;
        default:
          break;
      }
      lastIdentifier = Character.isWhitespace(c) ? lastIdentifier : null;
      i++;
    }
    if (!stack.isEmpty()) {
      Open open = stack.peek();
      problems.add(new Problem(open.offset(), "'" + open.bracket() + "' is not closed",
          "close it with '" + (open.bracket() == '(' ? ')' : open.bracket() == '{' ? '}' : ']') + "'"));
    }
  }

  private void functionName(String name, int offset) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (FUNCTIONS.contains(name) || AGGREGATIONS.contains(lower) || KEYWORDS.contains(lower)) {
      return;
    }
    List<String> known = new ArrayList<>(FUNCTIONS);
    known.addAll(AGGREGATIONS);
    String suggestion = suggest(name, known);
    problems.add(new Problem(offset, "unknown function '" + name + "'"
        + (suggestion.isEmpty() ? "" : "; did you mean '" + suggestion + "'?"),
        suggestion.isEmpty() ? "use a PromQL function or aggregation" : "rename it to '" + suggestion + "'"));
  }

  private void rangeArgument(Open open) {
    String function = open.function();
    boolean hasRange = function.endsWith("[]");
    String name = hasRange ? function.substring(0, function.length() - 2) : function;
    if (RANGE_FUNCTIONS.contains(name) && !hasRange) {
      problems.add(new Problem(open.offset(), name + "() needs a range vector such as metric[5m]",
          "add a range to its argument: " + name + "(metric[5m])"));
    }
  }

  /** Checks the label matchers of {@code {...}} starting at {@code open}; returns the offset of '}' or -1. */
  private int matchers(int open) {
    int i = skipSpace(open + 1);
    int n = text.length();
    while (i < n && text.charAt(i) != '}') {
      int start = i;
      if (text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '`') {
        int end = stringEnd(i);
        if (end < 0) {
          return -1;
        }
        i = skipSpace(end + 1);
      } else {
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        if (i == start) {
          problems.add(new Problem(i, "expected a label name in the label matchers, found '" + text.charAt(i) + "'",
              "write matchers as name=\"value\", separated by commas"));
          return -1;
        }
        i = skipSpace(i);
        int op = i;
        if (text.startsWith("=~", i) || text.startsWith("!=", i) || text.startsWith("!~", i)) {
          i += 2;
        } else if (i < n && text.charAt(i) == '=') {
          i++;
        } else {
          problems.add(new Problem(op, "label matcher '" + text.substring(start, i).trim()
              + "' needs an operator (=, !=, =~ or !~) and a quoted value", "write it as name=\"value\""));
          return -1;
        }
        i = skipSpace(i);
        if (i >= n || (text.charAt(i) != '"' && text.charAt(i) != '\'' && text.charAt(i) != '`')) {
          problems.add(new Problem(i, "the value of label matcher '" + text.substring(start, op).trim()
              + "' must be a quoted string", "quote it: " + text.substring(start, op).trim() + "=\"...\""));
          return -1;
        }
        int end = stringEnd(i);
        if (end < 0) {
          return -1;
        }
        i = skipSpace(end + 1);
      }
      if (i < n && text.charAt(i) == ',') {
        i = skipSpace(i + 1);
      } else if (i < n && text.charAt(i) != '}') {
        problems.add(new Problem(i, "expected ',' or '}' after a label matcher, found '" + text.charAt(i) + "'",
            "separate matchers with commas"));
        return -1;
      }
    }
    return i < n ? i : -1;
  }

  private int stringEnd(int start) {
    char quote = text.charAt(start);
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The closest known name: one that extends the word (rat -> rate) first, then by edit distance, sorted. */
  private static String suggest(String word, List<String> known) {
    List<String> sorted = known.stream().sorted(java.util.Comparator.comparingInt(String::length)
        .thenComparing(java.util.Comparator.naturalOrder())).toList();
    for (String candidate : sorted) {
      if (candidate.startsWith(word) && candidate.length() - word.length() <= 2) {
        return candidate;
      }
    }
    return dev.devopskit.core.yaml.YamlReadContext.suggest(word, sorted);
  }
}

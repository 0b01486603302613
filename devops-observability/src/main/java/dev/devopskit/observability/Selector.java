package dev.devopskit.observability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A series selector {@code metric{a="x",b=~"5.."}}: parsed, matched against labels, and sampled. */
final class Selector {
  private static final Pattern WHOLE = Pattern.compile("\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(?:\\{(.*)\\})?\\s*");
  private static final Pattern MATCHER = Pattern.compile(
      "\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(,|$)");
  private static final List<String> OTHER_VALUES = List.of("200", "0", "ok", "success", "none", "other");

  record LabelMatcher(String name, String op, String value) {
    boolean matches(String actual) {
      switch (op) {
        case "=":
          return actual.equals(value);
        case "!=":
          return !actual.equals(value);
        case "=~":
          return regex(value).matcher(actual).matches();
        default:
          return !regex(value).matcher(actual).matches();
      }
    }
  }

  private final String metric;
  private final List<LabelMatcher> matchers;

  private Selector(String metric, List<LabelMatcher> matchers) {
    this.metric = metric;
    this.matchers = matchers;
  }

  static Selector parse(String text) {
    Matcher whole = WHOLE.matcher(text);
    if (!whole.matches()) {
      throw new IllegalArgumentException("cannot make test series for selector '" + text
          + "': write it as metric{label=\"value\",...}");
    }
    List<LabelMatcher> matchers = new ArrayList<>();
    String inside = whole.group(2) == null ? "" : whole.group(2).trim();
    Matcher matcher = MATCHER.matcher(inside);
    int at = 0;
    while (at < inside.length()) {
      if (!matcher.find(at) || matcher.start() != at) {
        throw new IllegalArgumentException("cannot make test series for selector '" + text
            + "': label matchers are name=\"value\", name!=\"value\", name=~\"regex\" or name!~\"regex\"");
      }
      matchers.add(new LabelMatcher(matcher.group(1), matcher.group(2), unescape(matcher.group(3))));
      at = matcher.end();
    }
    return new Selector(whole.group(1), matchers);
  }

  String metric() {
    return metric;
  }

  boolean matches(String name, Map<String, String> labels) {
    return name.equals(metric) && matchers.stream().allMatch(m -> m.matches(labels.getOrDefault(m.name(), "")));
  }

  /** Labels that this selector matches: equal values, a sample of each regex, absent for negative matchers. */
  Map<String, String> sample() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (LabelMatcher matcher : matchers) {
      if (matcher.op().equals("=")) {
        labels.put(matcher.name(), matcher.value());
      } else if (matcher.op().equals("=~")) {
        labels.put(matcher.name(), RegexSample.of(matcher.value()));
      }
    }
    labels.values().removeIf(String::isEmpty);
    if (!matches(metric, labels)) {
      throw new IllegalArgumentException("cannot make a test series that matches '" + this
          + "'; simplify its regular expressions");
    }
    return labels;
  }

  /** Labels that this selector matches but {@code other} does not, if such can be found by changing one label. */
  Optional<Map<String, String>> sampleNotMatching(Selector other) {
    Map<String, String> base = sample();
    if (!other.matches(metric, base)) {
      return Optional.of(base);
    }
    for (LabelMatcher constraint : other.matchers) {
      for (String candidate : OTHER_VALUES) {
        Map<String, String> changed = new LinkedHashMap<>(base);
        changed.put(constraint.name(), candidate);
        if (matches(metric, changed) && !other.matches(metric, changed)) {
          return Optional.of(changed);
        }
      }
    }
    return Optional.empty();
  }

  static String series(String metric, Map<String, String> labels) {
    if (labels.isEmpty()) {
      return metric;
    }
    StringBuilder out = new StringBuilder(metric).append('{');
    labels.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '{' ? "" : ",").append(k).append("=\"")
        .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
    return out.append('}').toString();
  }

  private static Pattern regex(String text) {
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("regular expression '" + text + "' does not compile: " + e.getDescription(),
          e);
    }
  }

  private static String unescape(String text) {
    return text.replace("\\\"", "\"").replace("\\\\", "\\");
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(metric);
    if (!matchers.isEmpty()) {
      out.append('{');
      for (int i = 0; i < matchers.size(); i++) {
        LabelMatcher m = matchers.get(i);
        out.append(i == 0 ? "" : ",").append(m.name()).append(m.op()).append('"').append(m.value()).append('"');
      }
      out.append('}');
    }
    return out.toString();
  }
}

package dev.devopskit.observability;

/**
 * A string that a simple regular expression matches: literals, {@code .}, classes, escapes, groups, alternation
 * (first branch) and quantifiers (the fewest repetitions allowed). Callers check the sample with the real matcher.
 */
final class RegexSample {
  private final String regex;
  private int at;

  private RegexSample(String regex) {
    this.regex = regex;
  }

  static String of(String regex) {
    RegexSample sample = new RegexSample(regex);
    return sample.alternation();
  }

  private String alternation() {
    String first = sequence();
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      sequence();
    }
    return first;
  }

  private String sequence() {
    StringBuilder out = new StringBuilder();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      String atom = atom();
      int times = quantifier();
      for (int i = 0; i < times; i++) {
        out.append(atom);
      }
    }
    return out.toString();
  }

  private String atom() {
    char c = regex.charAt(at++);
    switch (c) {
      case '(':
        if (regex.startsWith("?:", at)) {
          at += 2;
        }
        String inner = alternation();
        if (at < regex.length() && regex.charAt(at) == ')') {
          at++;
        }
        return inner;
      case '[':
        int close = regex.indexOf(']', at + 1);
        String body = close < 0 ? "" : regex.substring(at, close);
        at = close < 0 ? regex.length() : close + 1;
        if (body.startsWith("^")) {
          return "~";
        }
        return body.isEmpty() ? "" : body.startsWith("\\") && body.length() > 1 ? escape(body.charAt(1))
            : String.valueOf(body.charAt(0));
      case '.':
        return "0";
      case '^':
      case '$':
        return "";
      case '\\':
        return at < regex.length() ? escape(regex.charAt(at++)) : "";
      default:
        return String.valueOf(c);
    }
  }

  private static String escape(char c) {
    switch (c) {
      case 'd':
        return "0";
      case 'w':
        return "a";
      case 's':
        return " ";
      default:
        return String.valueOf(c);
    }
  }

  private int quantifier() {
    if (at >= regex.length()) {
      return 1;
    }
    char c = regex.charAt(at);
    if (c == '*' || c == '?') {
      at++;
      skipLazy();
      return 0;
    }
    if (c == '+') {
      at++;
      skipLazy();
      return 1;
    }
    if (c == '{') {
      int close = regex.indexOf('}', at);
      if (close > 0) {
        String body = regex.substring(at + 1, close);
        String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
        if (min.matches("[0-9]+")) {
          at = close + 1;
          skipLazy();
          return Integer.parseInt(min);
        }
      }
    }
    return 1;
  }

  private void skipLazy() {
    if (at < regex.length() && regex.charAt(at) == '?') {
      at++;
    }
  }
}

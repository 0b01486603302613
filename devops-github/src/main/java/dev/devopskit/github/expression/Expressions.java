package dev.devopskit.github.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The syntax of GitHub Actions expressions: literals ({@code null}, booleans, numbers, {@code 'strings'}),
 * contexts with property access ({@code a.b}, {@code a['b']}, {@code a.*.b}, {@code a[*].b}), function calls,
 * {@code !}, comparisons, {@code &&}, {@code ||} and parentheses.
 *
 * <pre>
 * Expressions.parse("github.ref == 'refs/heads/main'")      // empty: valid
 * Expressions.scan("echo ${{ github.sha }")                   // [problem at offset 5: '${{' is not closed]
 * </pre>
 */
public final class Expressions {
  private Expressions() {}

  /** Checks one expression (the text inside {@code ${{ }}}); empty when it is valid. */
  public static Optional<ExpressionProblem> parse(String text) {
    try {
      new Parser(text).parseAll();
      return Optional.empty();
    } catch (ParseError e) {
      return Optional.of(new ExpressionProblem(e.offset, e.getMessage()));
    }
  }

  /**
   * Checks every {@code ${{ ... }}} in a string: an unclosed <code>${{</code> and a malformed expression are problems,
   * with offsets into {@code text}.
   */
  public static List<ExpressionProblem> scan(String text) {
    List<ExpressionProblem> problems = new ArrayList<>();
    int from = 0;
    while (true) {
      int start = text.indexOf("${{", from);
      if (start < 0) {
        return problems;
      }
      int end = closing(text, start + 3);
      if (end < 0) {
        problems.add(new ExpressionProblem(start, "'${{' is not closed by '}}'"));
        return problems;
      }
      Optional<ExpressionProblem> problem = parse(text.substring(start + 3, end));
      if (problem.isPresent()) {
        problems.add(new ExpressionProblem(start + 3 + problem.get().offset(), problem.get().message()));
      }
      from = end + 2;
    }
  }

  /** The expressions embedded in a string, as their inner texts. */
  public static List<String> embedded(String text) {
    List<String> found = new ArrayList<>();
    int from = 0;
    while (true) {
      int start = text.indexOf("${{", from);
      if (start < 0) {
        return found;
      }
      int end = closing(text, start + 3);
      if (end < 0) {
        return found;
      }
      found.add(text.substring(start + 3, end).trim());
      from = end + 2;
    }
  }

  /** Whether the whole string is one {@code ${{ ... }}}. */
  public static boolean isWholeExpression(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("${{") && closing(trimmed, 3) == trimmed.length() - 2;
  }

  private static int closing(String text, int from) {
    boolean inString = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        if (inString && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i++;
        } else {
          inString = !inString;
        }
      } else if (!inString && c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
        return i;
      }
    }
    return -1;
  }

  private static final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    ParseError(int offset, String message) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  /** A recursive-descent parser; nesting is bounded so hostile input cannot overflow the stack. */
  private static final class Parser {
    private static final int MAX_DEPTH = 200;
    private final String text;
    private int pos;
    private int depth;

    Parser(String text) {
      this.text = text;
    }

    void parseAll() {
      skip();
      if (pos >= text.length()) {
        throw new ParseError(0, "the expression is empty");
      }
      expression();
      skip();
      if (pos < text.length()) {
        throw new ParseError(pos, "unexpected '" + text.charAt(pos) + "'; expected an operator or the end");
      }
    }

    private void expression() {
      if (++depth > MAX_DEPTH) {
        throw new ParseError(pos, "the expression is nested too deeply");
      }
      and();
      while (accept("||")) {
        and();
      }
      depth--;
    }

    private void and() {
      equality();
      while (accept("&&")) {
        equality();
      }
    }

    private void equality() {
      comparison();
      while (accept("==") || accept("!=")) {
        comparison();
      }
    }

    private void comparison() {
      unary();
      while (accept("<=") || accept(">=") || accept("<") || accept(">")) {
        unary();
      }
    }

    private void unary() {
      skip();
      if (pos < text.length() && text.charAt(pos) == '!' && !text.startsWith("!=", pos)) {
        pos++;
        if (++depth > MAX_DEPTH) {
          throw new ParseError(pos, "the expression is nested too deeply");
        }
        unary();
        depth--;
        return;
      }
      postfix();
    }

    private void postfix() {
      primary();
      while (true) {
        skip();
        if (pos < text.length() && text.charAt(pos) == '.' && !startsNumber()) {
          pos++;
          if (pos < text.length() && text.charAt(pos) == '*') {
            pos++;
          } else if (!identifier()) {
            throw new ParseError(pos, "expected a property name or '*' after '.'");
          }
        } else if (pos < text.length() && text.charAt(pos) == '[') {
          pos++;
          skip();
          // An object filter: fromJSON(steps.list.outputs.json)[*].name, like .* after a property.
          if (pos < text.length() && text.charAt(pos) == '*') {
            pos++;
          } else {
            expression();
          }
          expect("]");
        } else {
          return;
        }
      }
    }

    private boolean startsNumber() {
      return false;
    }

    private void primary() {
      skip();
      if (pos >= text.length()) {
        throw new ParseError(pos, "the expression ends where a value was expected");
      }
      char c = text.charAt(pos);
      if (c == '(') {
        pos++;
        expression();
        expect(")");
      } else if (c == '\'') {
        string();
      } else if (c == '-' || c == '+' || Character.isDigit(c) || c == '.' && pos + 1 < text.length()
          && Character.isDigit(text.charAt(pos + 1))) {
        number();
      } else if (Character.isLetter(c) || c == '_') {
        identifier();
        skip();
        if (pos < text.length() && text.charAt(pos) == '(') {
          pos++;
          skip();
          if (!accept(")")) {
            expression();
            while (accept(",")) {
              expression();
            }
            expect(")");
          }
        }
      } else {
        throw new ParseError(pos, "unexpected '" + c + "'; expected a value, a context or a function call");
      }
    }

    private void string() {
      int start = pos;
      pos++;
      while (pos < text.length()) {
        if (text.charAt(pos) == '\'') {
          if (pos + 1 < text.length() && text.charAt(pos + 1) == '\'') {
            pos += 2;
            continue;
          }
          pos++;
          return;
        }
        pos++;
      }
      throw new ParseError(start, "the string starting here is not closed by a quote (')");
    }

    private void number() {
      int start = pos;
      if (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
        pos++;
      }
      if (text.startsWith("0x", pos)) {
        pos += 2;
        int digits = pos;
        while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
          pos++;
        }
        if (pos == digits) {
          throw new ParseError(start, "'0x' needs hexadecimal digits");
        }
        return;
      }
      int digits = pos;
      while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
        pos++;
      }
      if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
        pos++;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
          pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
      }
      if (pos == digits) {
        throw new ParseError(start, "expected a number");
      }
      if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
        throw new ParseError(pos, "a number is followed by '" + text.charAt(pos) + "'");
      }
    }

    private boolean identifier() {
      int start = pos;
      if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
            || text.charAt(pos) == '-')) {
          pos++;
        }
      }
      return pos > start;
    }

    private boolean accept(String token) {
      skip();
      if (text.startsWith(token, pos)) {
        pos += token.length();
        return true;
      }
      return false;
    }

    private void expect(String token) {
      if (!accept(token)) {
        throw new ParseError(pos, pos >= text.length() ? "'" + token + "' is missing at the end"
            : "expected '" + token + "' but found '" + text.charAt(pos) + "'");
      }
    }

    private void skip() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }
  }
}

package dev.devopskit.docker.compose;

import dev.devopskit.core.value.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compose string with variables: {@code ${VAR}}, {@code $VAR}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+alt}}, {@code ${VAR+alt}} and {@code $$} (a literal
 * dollar). Parsed into parts; never resolved by devops-kit when it writes a file.
 *
 * <pre>{@code
 * Interpolation.parse("postgres://${DB_USER:-app}@db").variables(); // [DB_USER with default "app"]
 * }</pre>
 */
public final class Interpolation {

  /** One part of a string: literal text or a variable. */
  public sealed interface Part permits Literal, Variable {}

  /**
   * Literal text ({@code $$} already turned into {@code $}).
   *
   * @param text the text
   */
  public record Literal(String text) implements Part {
    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /**
   * A variable reference.
   *
   * @param name the variable
   * @param operator {@code :-}, {@code -}, {@code :?}, {@code ?}, {@code :+} or {@code +}, if any
   * @param argument the default, error message or alternative as written (may hold variables itself)
   * @param braced whether it was written {@code ${NAME}} rather than {@code $NAME}
   */
  public record Variable(String name, Optional<String> operator, Optional<String> argument, boolean braced)
      implements Part {
    /** Whether the variable has a default or an alternative, so an unset variable is not a problem. */
    public boolean hasFallback() {
      return operator.map(o -> o.endsWith("-") || o.endsWith("+")).orElse(false);
    }

    /** Whether an unset variable stops compose with an error message ({@code :?} or {@code ?}). */
    public boolean required() {
      return operator.map(o -> o.endsWith("?")).orElse(false);
    }

    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  private final String source;
  private final List<Part> parts;

  private Interpolation(String source, List<Part> parts) {
    this.source = source;
    this.parts = List.copyOf(parts);
  }

  /**
   * Parses a string.
   *
   * @throws IllegalArgumentException when a <code>${</code> is not closed or a name is invalid, naming the column
   */
  public static Interpolation parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        literal.append(c);
        i++;
        continue;
      }
      char n = text.charAt(i + 1);
      if (n == '$') {
        literal.append('$');
        i += 2;
      } else if (n == '{') {
        int close = closing(text, i + 2);
        if (close < 0) {
          throw new IllegalArgumentException("'${' at column " + (i + 1) + " is not closed with '}'");
        }
        flush(literal, parts);
        parts.add(braced(text.substring(i + 2, close), i));
        i = close + 1;
      } else if (Character.isLetter(n) || n == '_') {
        int end = i + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
          end++;
        }
        flush(literal, parts);
        parts.add(new Variable(text.substring(i + 1, end), Optional.empty(), Optional.empty(), false));
        i = end;
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(literal, parts);
    return new Interpolation(text, parts);
  }

  /** Whether a string holds any variable (a quick test without parsing errors). */
  public static boolean hasVariables(String text) {
    try {
      return !parse(text).variables().isEmpty();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  private static int closing(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Variable braced(String body, int at) {
    int end = 0;
    while (end < body.length() && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '_')) {
      end++;
    }
    String name = body.substring(0, end);
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      throw new IllegalArgumentException("'${" + body + "}' at column " + (at + 1)
          + " needs a variable name of letters, digits and '_'");
    }
    String rest = body.substring(end);
    if (rest.isEmpty()) {
      return new Variable(name, Optional.empty(), Optional.empty(), true);
    }
    for (String op : List.of(":-", ":?", ":+", "-", "?", "+")) {
      if (rest.startsWith(op)) {
        return new Variable(name, Optional.of(op), Optional.of(rest.substring(op.length())), true);
      }
    }
    throw new IllegalArgumentException("'${" + body + "}' at column " + (at + 1)
        + " has an unknown operator; use :-, -, :?, ?, :+ or +");
  }

  /** The string as written. */
  public String source() {
    return source;
  }

  /** The parts in order. */
  public List<Part> parts() {
    return parts;
  }

  /** The variables, including those nested in defaults ({@code ${A:-${B}}} gives A and B). */
  public List<Variable> variables() {
    List<Variable> out = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Variable v) {
        out.add(v);
        v.argument().ifPresent(arg -> {
          try {
            out.addAll(parse(arg).variables());
          } catch (IllegalArgumentException e) {
            // the outer string was parsed; a broken default is reported where it is used
          }
        });
      }
    }
    return out;
  }

  /**
   * The string as compose gives it when no variable is set: defaults ({@code :-}, {@code -}) filled in,
   * alternatives ({@code :+}, {@code +}) left out; empty when a variable has no default.
   */
  public Optional<String> withDefaults() {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        out.append(literal.text());
      } else if (part instanceof Variable v) {
        String op = v.operator().orElse("");
        if (op.endsWith("+")) {
          continue;
        }
        if (!op.endsWith("-")) {
          return Optional.empty();
        }
        try {
          Optional<String> inner = parse(v.argument().orElse("")).withDefaults();
          if (inner.isEmpty()) {
            return Optional.empty();
          }
          out.append(inner.get());
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(out.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interpolation && ((Interpolation) o).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}

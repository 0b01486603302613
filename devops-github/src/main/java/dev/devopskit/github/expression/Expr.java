package dev.devopskit.github.expression;

import java.util.Objects;

/**
 * A GitHub Actions expression as a value: its text inside {@code ${{ }}}. {@link #toString()} gives the
 * embedded form, so expressions concatenate into scripts and values.
 *
 * <pre>{@code
 * Expr.secret("NPM_TOKEN")                 // ${{ secrets.NPM_TOKEN }}
 * Expr.needsOutput("build", "image")       // ${{ needs.build.outputs.image }}
 * Step.run("docker push " + Expr.needsOutput("build", "image"))
 * Expr.always().text()                     // always(): for if conditions
 * }</pre>
 */
public final class Expr {
  private final String text;

  private Expr(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * Any expression, given as its inner text (without {@code ${{ }}}).
   *
   * @throws IllegalArgumentException when the text is not a valid expression, with the column of the problem
   */
  public static Expr of(String text) {
    Expressions.parse(text).ifPresent(problem -> {
      throw new IllegalArgumentException("expression '" + text + "' is invalid at column " + (problem.offset() + 1)
          + ": " + problem.message());
    });
    return new Expr(text.trim());
  }

  /** {@code secrets.<name>}. */
  public static Expr secret(String name) {
    return of("secrets." + name);
  }

  /** {@code github.<property>}, such as {@code github.sha}. */
  public static Expr github(String property) {
    return of("github." + property);
  }

  /** {@code vars.<name>}: a configuration variable. */
  public static Expr var(String name) {
    return of("vars." + name);
  }

  /** {@code env.<name>}. */
  public static Expr env(String name) {
    return of("env." + name);
  }

  /** {@code inputs.<name>}. */
  public static Expr input(String name) {
    return of("inputs." + name);
  }

  /** {@code matrix.<name>}. */
  public static Expr matrix(String name) {
    return of("matrix." + name);
  }

  /** {@code needs.<job>.outputs.<name>}. */
  public static Expr needsOutput(String job, String name) {
    return of("needs." + job + ".outputs." + name);
  }

  /** {@code steps.<step>.outputs.<name>}. */
  public static Expr stepOutput(String step, String name) {
    return of("steps." + step + ".outputs." + name);
  }

  /** {@code always()}. */
  public static Expr always() {
    return of("always()");
  }

  /** {@code success()}. */
  public static Expr success() {
    return of("success()");
  }

  /** {@code failure()}. */
  public static Expr failure() {
    return of("failure()");
  }

  /** {@code cancelled()}. */
  public static Expr cancelled() {
    return of("cancelled()");
  }

  /** A string literal in expression syntax: {@code 'it''s'}. */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** {@code this == 'value'}. */
  public Expr isEqualTo(String value) {
    return new Expr(text + " == " + literal(value));
  }

  /** {@code this && other}. */
  public Expr and(Expr other) {
    return new Expr(group(text) + " && " + group(other.text));
  }

  /** {@code this || other}. */
  public Expr or(Expr other) {
    return new Expr(group(text) + " || " + group(other.text));
  }

  /** {@code !(this)}. */
  public Expr not() {
    return new Expr("!" + (isSimple(text) ? text : "(" + text + ")"));
  }

  private static String group(String text) {
    return isSimple(text) || !text.contains("||") ? text : "(" + text + ")";
  }

  private static boolean isSimple(String text) {
    return text.matches("[A-Za-z0-9_.\\-]+(\\(\\))?");
  }

  /** The inner text, as used in {@code if:} conditions. */
  public String text() {
    return text;
  }

  /** The embedded form {@code ${{ text }}}. */
  @Override
  public String toString() {
    return "${{ " + text + " }}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expr && ((Expr) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}

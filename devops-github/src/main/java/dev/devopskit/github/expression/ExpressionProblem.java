package dev.devopskit.github.expression;

import dev.devopskit.core.value.ValueText;

/**
 * What is wrong with an expression and where.
 *
 * @param offset the 0-based offset of the problem in the text that was checked
 * @param message what is wrong
 */
public record ExpressionProblem(int offset, String message) {
  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}

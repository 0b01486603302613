package dev.devopskit.github.expression;

/**
 * What is wrong with an expression and where.
 *
 * @param offset the 0-based offset of the problem in the text that was checked
 * @param message what is wrong
 */
public record ExpressionProblem(int offset, String message) {}

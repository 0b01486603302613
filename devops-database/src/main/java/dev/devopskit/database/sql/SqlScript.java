package dev.devopskit.database.sql;

import dev.devopskit.core.value.ValueText;
import java.util.List;

/**
 * A SQL script split into statements, with the problems the splitter met (an unclosed string, comment or
 * dollar-quoted body).
 *
 * @param statements the statements, in order
 * @param problems what could not be split cleanly, in order
 */
public record SqlScript(List<SqlStatement> statements, List<Problem> problems) {

  /** Copies the lists. */
  public SqlScript {
    statements = List.copyOf(statements);
    problems = List.copyOf(problems);
  }

  /**
   * Something the splitter could not make sense of.
   *
   * @param offset where it starts
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message what is wrong and how to fix it
   */
  public record Problem(int offset, int line, int column, String message) {
    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}

package dev.devopskit.database.sql;

import dev.devopskit.core.secret.Redaction;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One SQL statement cut out of a script, with its place in the script.
 *
 * @param text the statement from its first token to its last, without the delimiter (inner comments kept)
 * @param offset where the statement starts in the script
 * @param line the 1-based line where it starts
 * @param column the 1-based column where it starts
 * @param endLine the line where it ends
 * @param tokens its tokens, without comments
 */
public record SqlStatement(String text, int offset, int line, int column, int endLine, List<SqlToken> tokens) {

  /** Copies the token list. */
  public SqlStatement {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }

  /** The statement's bare words upper-cased and identifiers unquoted, in order (no strings or symbols). */
  public List<String> words() {
    return tokens.stream()
        .filter(t -> t.kind() == SqlToken.Kind.WORD || t.kind() == SqlToken.Kind.QUOTED_IDENTIFIER)
        .map(SqlToken::normalized).collect(Collectors.toList());
  }

  /** The first bare word upper-cased ({@code CREATE}, {@code ALTER}), or empty text. */
  public String keyword() {
    return tokens.isEmpty() ? "" : tokens.get(0).normalized();
  }

  /** The first line of the statement, shortened to 80 characters, for messages. */
  public String summary() {
    String first = text.strip().lines().findFirst().orElse("").strip();
    return first.length() > 80 ? first.substring(0, 77) + "..." : first;
  }

  /**
   * The statement's text with any secret the scanner recognises masked (a password in {@code CREATE ROLE ...
   * PASSWORD '...'}, a key in a comment); its tokens are counted, not listed, so the text stays short.
   */
  @Override
  public String toString() {
    return "SqlStatement[text=" + Redaction.redactSecrets(text) + ", offset=" + offset + ", line=" + line + ", column="
        + column + ", endLine=" + endLine + ", tokens=" + tokens.size() + "]";
  }
}

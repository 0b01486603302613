package dev.devopskit.database.sql;

import dev.devopskit.core.secret.Redaction;
import java.util.Locale;

/**
 * One token of SQL code: comments and white space are not tokens.
 *
 * @param kind what the token is
 * @param text the token as written (a string literal with its quotes)
 * @param offset where it starts in the text that was split
 */
public record SqlToken(Kind kind, String text, int offset) {

  /** The kinds of token. */
  public enum Kind {
    /** A bare word: a keyword or an unquoted identifier. */
    WORD,
    /** An identifier in double quotes, back quotes or brackets. */
    QUOTED_IDENTIFIER,
    /** A string literal, including dollar-quoted bodies. */
    STRING,
    /** A numeric literal. */
    NUMBER,
    /** A positional parameter such as {@code $1} or {@code ?}. */
    PARAMETER,
    /** Any other character: punctuation and operators, one character each. */
    SYMBOL
  }

  /** Whether this is the bare word {@code word}, ignoring case. */
  public boolean is(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** Whether this is the symbol {@code symbol}. */
  public boolean isSymbol(char symbol) {
    return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
  }

  /** A bare word upper-cased; an identifier without its quotes; other tokens as written. */
  public String normalized() {
    switch (kind) {
      case WORD:
        return text.toUpperCase(Locale.ROOT);
      case QUOTED_IDENTIFIER:
        return text.length() >= 2 ? text.substring(1, text.length() - 1) : text;
      default:
        return text;
    }
  }

  /** The offset just after the token. */
  public int end() {
    return offset + text.length();
  }

  /** The record's text with a secret the scanner recognises in the token masked. */
  @Override
  public String toString() {
    return "SqlToken[kind=" + kind + ", text=" + Redaction.redactSecrets(text) + ", offset=" + offset + "]";
  }
}

package dev.devopskit.core.value;

/**
 * A value type whose {@code toString()} is a short text of its own rather than the list of its attributes: a
 * finding's {@code file:line:col: severity [rule] message}, an action reference's {@code owner/repo@ref}.
 *
 * <p>The project style generates every value's {@code toString()}, replacing any that the abstract type declares; a
 * type that wants its own text implements this interface instead, and {@link ValueText} returns that text with the
 * secrets it holds redacted.
 */
public interface OwnText {
  /** The text that {@code toString()} returns (after redaction). */
  String ownText();
}

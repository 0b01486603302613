package dev.devopskit.docker.dockerfile;

import dev.devopskit.core.value.ValueText;
import java.util.Objects;

/**
 * A here-document of RUN, COPY or ADD: the instruction names it ({@code <<EOF}), the body follows the instruction
 * and ends at a line holding only the name.
 *
 * @param name the delimiter
 * @param content the body, each line ending with a line break
 * @param chomp whether leading tabs are removed ({@code <<-EOF})
 */
public record Heredoc(String name, String content, boolean chomp) {

  /** Validates the delimiter. */
  public Heredoc {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("heredoc name '" + name + "' must be one word, like EOF");
    }
    if (!content.isEmpty() && !content.endsWith("\n")) {
      throw new IllegalArgumentException("heredoc '" + name + "' content must end with a line break");
    }
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}

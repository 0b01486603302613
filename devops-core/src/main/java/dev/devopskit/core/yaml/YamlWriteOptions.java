package dev.devopskit.core.yaml;

import dev.devopskit.core.value.ValueText;
import java.util.Optional;

/**
 * How {@link Yaml#write} writes a tree.
 *
 * @param header a comment written at the top, one {@code #} line per line of text (empty for none)
 * @param blankLinesBetweenTopLevelKeys whether top-level entries whose values are collections are separated by a
 *     blank line, as people write workflows and compose files
 */
public record YamlWriteOptions(Optional<String> header, boolean blankLinesBetweenTopLevelKeys) {

  /** No header, no blank lines. */
  public static YamlWriteOptions defaults() {
    return new YamlWriteOptions(Optional.empty(), false);
  }

  /** These options with a header comment. */
  public YamlWriteOptions withHeader(String text) {
    return new YamlWriteOptions(Optional.of(text), blankLinesBetweenTopLevelKeys);
  }

  /** These options with blank lines between top-level collection entries. */
  public YamlWriteOptions withBlankLines(boolean blankLines) {
    return new YamlWriteOptions(header, blankLines);
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}

package dev.devopskit.core.flag;

import dev.devopskit.core.value.ValueText;

/**
 * A place in source code that asks for a flag.
 *
 * @param key the flag key asked for
 * @param file the file, relative to the scanned root, with forward slashes
 * @param line the 1-based line
 * @param column the 1-based column where the key starts
 */
public record FlagReference(String key, String file, int line, int column) {
  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}

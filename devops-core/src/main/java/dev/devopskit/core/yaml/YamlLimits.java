package dev.devopskit.core.yaml;

import dev.devopskit.core.value.ValueText;

/**
 * Bounds on what the reader accepts, so a hostile file gives a finding instead of exhausting memory or time.
 *
 * @param maxChars the longest text read (default 5 MiB of characters), and the most text aliases may add when
 *     expanded (a long value repeated through many aliases)
 * @param maxDepth the deepest nesting of collections (default 512)
 * @param maxNodes the most nodes after aliases are expanded (default 1,000,000): stops "billion laughs"
 */
public record YamlLimits(int maxChars, int maxDepth, int maxNodes) {

  /** The defaults. */
  public static YamlLimits defaults() {
    return new YamlLimits(5 * 1024 * 1024, 512, 1_000_000);
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}

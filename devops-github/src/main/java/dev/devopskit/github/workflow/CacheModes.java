package dev.devopskit.github.workflow;

import java.util.List;

/** The values of {@code cache-mode}. */
final class CacheModes {
  static final List<String> VALUES = List.of("read", "write", "write-only", "none");

  private CacheModes() {}

  static void check(String field, String mode) {
    if (!VALUES.contains(mode) && !mode.contains("${{")) {
      throw new IllegalArgumentException(field + " is '" + mode + "'; use one of " + VALUES);
    }
  }
}

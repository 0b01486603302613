package dev.devopskit.kit.check;

import java.util.List;

/** The built-in cross-file rules. */
public final class CrossFileRules {
  private CrossFileRules() {}

  /** Every built-in cross-file rule, in id order. */
  public static List<CrossFileRule> all() {
    return List.of();
  }
}

package dev.devopskit.core.policy;

/** Rule patterns in policies: an exact id, a namespace ({@code github/*}), or everything ({@code *}). */
final class RulePattern {
  private RulePattern() {}

  static boolean matches(String pattern, String ruleId) {
    if (pattern.equals("*") || pattern.equals(ruleId)) {
      return true;
    }
    if (pattern.endsWith("/*")) {
      return ruleId.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    if (!pattern.contains("/")) {
      return ruleId.startsWith(pattern + "/");
    }
    return false;
  }
}

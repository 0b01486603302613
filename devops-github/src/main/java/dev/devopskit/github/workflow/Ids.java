package dev.devopskit.github.workflow;

import java.util.regex.Pattern;

/** The grammar of job, step and input ids. */
final class Ids {
  static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private Ids() {}

  /** Whether the id matches {@link #ID}; checked character by character, as every job, step and need is. */
  static boolean valid(String id) {
    if (id.isEmpty() || !(letter(id.charAt(0)) || id.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static void check(String what, String id) {
    if (!valid(id)) {
      throw new IllegalArgumentException(what + " '" + id + "' must start with a letter or '_' and contain only "
          + "letters, digits, '-' and '_'; rename it, for example '" + suggestion(id) + "'");
    }
  }

  private static String suggestion(String id) {
    String cleaned = id.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_') {
      cleaned = "_" + cleaned;
    }
    return cleaned;
  }
}

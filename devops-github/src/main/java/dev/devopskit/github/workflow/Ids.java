package dev.devopskit.github.workflow;

import java.util.regex.Pattern;

/** The grammar of job, step and input ids. */
final class Ids {
  static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private Ids() {}

  static void check(String what, String id) {
    if (!ID.matcher(id).matches()) {
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

package dev.devopskit.github.workflow;

/** Checks on numbers written as text (numbers in workflows may also be expressions). */
final class Numbers {
  private Numbers() {}

  /** Whether the trimmed text is an integer of at most 18 digits: {@code [-+]?[0-9]{1,18}}. */
  static boolean isInteger(String text) {
    String trimmed = text.trim();
    int i = signAt(trimmed, 0);
    int digits = digitsAt(trimmed, i);
    return digits >= 1 && digits <= 18 && i + digits == trimmed.length();
  }

  /**
   * Whether the trimmed text is a decimal number: {@code [-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?}.
   * Read by hand rather than by that pattern: timeouts of every job and step are checked, and a cold run pays for
   * each regular expression it runs.
   */
  static boolean isNumber(String text) {
    String trimmed = text.trim();
    int i = signAt(trimmed, 0);
    int whole = digitsAt(trimmed, i);
    i += whole;
    int fraction = 0;
    if (i < trimmed.length() && trimmed.charAt(i) == '.') {
      fraction = digitsAt(trimmed, i + 1);
      i += 1 + fraction;
    }
    if (whole == 0 && fraction == 0) {
      return false;
    }
    if (i < trimmed.length() && (trimmed.charAt(i) == 'e' || trimmed.charAt(i) == 'E')) {
      i = signAt(trimmed, i + 1);
      int exponent = digitsAt(trimmed, i);
      if (exponent == 0) {
        return false;
      }
      i += exponent;
    }
    return i == trimmed.length();
  }

  /** The index after an optional sign at {@code at}. */
  private static int signAt(String text, int at) {
    return at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-') ? at + 1 : at;
  }

  /** How many ASCII digits follow from {@code from}. */
  private static int digitsAt(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** Rejects a timeout that is a number but not a positive one; expressions pass. */
  static void positiveTimeout(String field, String text) {
    if (isNumber(text) && Double.parseDouble(text.trim()) <= 0) {
      throw new IllegalArgumentException(field + " is " + text + "; it must be more than 0 minutes");
    }
  }
}

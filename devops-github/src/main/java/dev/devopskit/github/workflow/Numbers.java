package dev.devopskit.github.workflow;

import java.util.regex.Pattern;

/** Checks on numbers written as text (numbers in workflows may also be expressions). */
final class Numbers {
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]{1,18}");
  private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  private Numbers() {}

  static boolean isInteger(String text) {
    return INTEGER.matcher(text.trim()).matches();
  }

  static boolean isNumber(String text) {
    return NUMBER.matcher(text.trim()).matches();
  }

  /** Rejects a timeout that is a number but not a positive one; expressions pass. */
  static void positiveTimeout(String field, String text) {
    if (isNumber(text) && Double.parseDouble(text.trim()) <= 0) {
      throw new IllegalArgumentException(field + " is " + text + "; it must be more than 0 minutes");
    }
  }
}

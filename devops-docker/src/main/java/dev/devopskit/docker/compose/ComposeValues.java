package dev.devopskit.docker.compose;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The grammar of compose's numbers, sizes and durations, shared by the value checks and the reader, so that one
 * message (naming the field and the fix) serves a value built in Java and a value read from a file. Every check
 * lets a value with variables ({@code ${REPLICAS:-2}}) through: compose interpolates before it validates.
 */
final class ComposeValues {
  private static final Pattern INTEGER = Pattern.compile("[0-9]+");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");
  private static final Pattern DURATION = Pattern.compile("0|([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+");
  // go-units' RAMInBytes: 512, 512m, 1.5G, 2 GiB.
  private static final Pattern SIZE = Pattern.compile("(?i)[0-9]+(\\.[0-9]+)* ?[kmgtp]?i?b?");

  private ComposeValues() {}

  static boolean variable(String value) {
    return Interpolation.hasVariables(value);
  }

  /** A whole number that is not negative, like {@code replicas: 3}. */
  static void wholeNumber(String field, String value) {
    if (!variable(value) && !INTEGER.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + field + "' must be a whole number like 2 or a variable, not '"
          + value + "'");
    }
  }

  /** A number that is not negative, like {@code cpus: 0.5}. */
  static void number(String field, String value) {
    if (!variable(value) && !NUMBER.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + field + "' must be a number like 0.5 or a variable, not '"
          + value + "'");
    }
  }

  /** A duration in Go's notation, like {@code 1m30s}. */
  static void duration(String field, String value) {
    if (!variable(value) && !DURATION.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + field + "' must be a duration like 10s or 1m30s, not '"
          + value + "'");
    }
  }

  /** A byte size, like {@code 512m} or {@code 1.5G}. */
  static void size(String field, String value) {
    if (!variable(value) && !SIZE.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + field + "' must be a size like 512m or 1g, not '" + value + "'");
    }
  }

  /** One of a closed set of words. */
  static void oneOf(String field, String value, Collection<String> allowed) {
    if (!variable(value) && !allowed.contains(value)) {
      throw new IllegalArgumentException("'" + field + "' must be one of " + String.join(", ", allowed)
          + ", not '" + value + "'");
    }
  }

  /** The other keys of a value must not repeat the keys it owns, or the writer would write a key twice. */
  static void notOwn(String field, Collection<String> otherKeys, Collection<String> ownKeys) {
    for (String key : otherKeys) {
      if (ownKeys.contains(key)) {
        throw new IllegalArgumentException("'" + field + "." + key + "' is a typed attribute: set it with its "
            + "builder method, not as another key");
      }
    }
  }
}

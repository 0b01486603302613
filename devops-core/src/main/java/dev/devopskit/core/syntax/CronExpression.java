package dev.devopskit.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The grammar of a POSIX cron expression of five fields (minute, hour, day of month, month, day of week), as
 * GitHub's {@code schedule} trigger and crontab read it: each field is {@code *}, a number in the field's range, a
 * range {@code a-b}, a step {@code base/n}, or a comma list of these; months and days of the week may be named
 * ({@code JAN-DEC}, {@code SUN-SAT}). Every value that holds a schedule checks it here when it is built, so an
 * expression that one module accepts is one that every other module can write.
 *
 * <pre>{@code
 * CronExpression.problem("99 3 * * *")
 * // Optional["cron '99 3 * * *': '99' is not a valid minute (allowed: 0-59, ...)"]
 * }</pre>
 */
public final class CronExpression {
  private static final List<String> FIELDS = List.of("minute", "hour", "day of month", "month", "day of week");
  private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
      "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private CronExpression() {}

  /**
   * The problem with a cron expression, naming the field, the value and what the field allows; empty when the
   * expression is valid.
   */
  public static Optional<String> problem(String expression) {
    String[] fields = fields(expression);
    if (fields.length != 5) {
      return Optional.of("cron '" + expression + "' has " + (expression.isBlank() ? 0 : fields.length)
          + " fields; it needs five: minute hour day-of-month month day-of-week");
    }
    for (int i = 0; i < 5; i++) {
      for (String item : fields[i].split(",", -1)) {
        if (!validItem(item, i)) {
          return Optional.of("cron '" + expression + "': '" + item + "' is not a valid " + FIELDS.get(i)
              + " (allowed: " + RANGES[i][0] + "-" + RANGES[i][1] + (i == 3 ? " or JAN-DEC" : i == 4 ? " or SUN-SAT" : "")
              + ", '*', ranges a-b and steps */n)");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Checks an expression held by a value's attribute, for a {@code @Value.Check}.
   *
   * @param attribute the attribute's name, which the message starts with ({@code schedule})
   * @throws IllegalArgumentException naming the attribute, the field and what it allows, when the expression is
   *     not valid
   */
  public static void check(String attribute, String expression) {
    problem(expression).ifPresent(message -> {
      throw new IllegalArgumentException(attribute + " " + message);
    });
  }

  /**
   * The fields of an expression: the trimmed text split at runs of whitespace (space, tab, line ends, form feed,
   * vertical tab), as {@code \\s+} splits it; an empty text is one empty field. Written out, since every cron
   * entry is checked when read and again when built, and a cold run pays for each regular expression.
   */
  static String[] fields(String expression) {
    String text = expression.trim();
    List<String> fields = new ArrayList<>(5);
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isBlank(text.charAt(i))) {
        if (i > start) {
          fields.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    fields.add(text.substring(start));
    return fields.toArray(new String[0]);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether the text is 1 to {@code most} ASCII digits. */
  static boolean isDigits(String text, int most) {
    if (text.isEmpty() || text.length() > most) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean validItem(String item, int field) {
    String base = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      String step = item.substring(slash + 1);
      if (!isDigits(step, 9) || Integer.parseInt(step) < 1 || Integer.parseInt(step) > RANGES[field][1] + 1) {
        return false;
      }
      base = item.substring(0, slash);
    }
    if (base.equals("*")) {
      return true;
    }
    int dash = base.indexOf('-', 1);
    if (dash > 0) {
      int from = value(base.substring(0, dash), field);
      int to = value(base.substring(dash + 1), field);
      return from >= 0 && to >= 0 && from <= to;
    }
    return value(base, field) >= 0;
  }

  private static int value(String text, int field) {
    if (isDigits(text, 2)) {
      int number = Integer.parseInt(text);
      return number >= RANGES[field][0] && number <= RANGES[field][1] ? number : -1;
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (field == 3 && MONTHS.contains(upper)) {
      return MONTHS.indexOf(upper) + 1;
    }
    if (field == 4 && DAYS.contains(upper)) {
      return DAYS.indexOf(upper);
    }
    return -1;
  }
}

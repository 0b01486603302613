package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One {@code schedule} entry: a POSIX cron expression of five fields (minute, hour, day of month, month, day of
 * week) in UTC unless a {@code timezone} is given.
 *
 * <pre>{@code
 * Cron.of("30 5 * * 1-5")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Cron implements WithCron {
  private static final List<String> FIELDS = List.of("minute", "hour", "day of month", "month", "day of week");
  private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
      "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  /** {@code cron}: the expression. */
  @Value.Parameter
  public abstract String expression();

  /** {@code timezone}: an IANA time zone such as {@code Europe/Berlin}. */
  public abstract Optional<String> timezone();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** A schedule from a cron expression. */
  public static Cron of(String expression) {
    return ImmutableCron.of(expression);
  }

  /** Starts a schedule entry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds schedule entries. */
  public static final class Builder extends ImmutableCron.Builder {}

  /** The problem with a cron expression, or empty when it is valid. */
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
      if (!isDigits(step, Integer.MAX_VALUE) || Integer.parseInt(step) < 1 || Integer.parseInt(step) > RANGES[field][1] + 1) {
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

  @Value.Check
  protected void check() {
    problem(expression()).ifPresent(message -> {
      throw new IllegalArgumentException("schedule " + message);
    });
  }
}

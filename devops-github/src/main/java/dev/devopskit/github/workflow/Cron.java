package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("[0-9]{1,2}");
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
    String[] fields = BLANKS.split(expression.trim());
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

  private static boolean validItem(String item, int field) {
    String base = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      String step = item.substring(slash + 1);
      if (!DIGITS.matcher(step).matches() || Integer.parseInt(step) < 1 || Integer.parseInt(step) > RANGES[field][1] + 1) {
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
    if (ONE_OR_TWO_DIGITS.matcher(text).matches()) {
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

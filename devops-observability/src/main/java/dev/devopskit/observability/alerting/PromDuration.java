package dev.devopskit.observability.alerting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus duration ({@code 90s}, {@code 1h30m}, {@code 3d}) as milliseconds, and back to its shortest text.
 *
 * @param millis the length in milliseconds, 0 or more
 */
public record PromDuration(long millis) implements Comparable<PromDuration> {
  private static final Pattern PART = Pattern.compile("([0-9]+)(ms|s|m|h|d|w|y)");
  private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
  private static final long[] SIZES = {365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1};

  /** Validates the length. */
  public PromDuration {
    if (millis < 0) {
      throw new IllegalArgumentException("a duration is 0 or more, not " + millis + " ms");
    }
  }

  /** Parses a duration; empty when the text is not one. */
  public static Optional<PromDuration> parse(String text) {
    if (text.equals("0")) {
      return Optional.of(new PromDuration(0));
    }
    if (!PrometheusRule.isDuration(text)) {
      return Optional.empty();
    }
    Matcher matcher = PART.matcher(text);
    long total = 0;
    while (matcher.find()) {
      long amount = Long.parseLong(matcher.group(1));
      for (int i = 0; i < UNITS.length; i++) {
        if (UNITS[i].equals(matcher.group(2))) {
          total = Math.addExact(total, Math.multiplyExact(amount, SIZES[i]));
        }
      }
    }
    return Optional.of(new PromDuration(total));
  }

  /** Parses a duration that is known to be valid. */
  public static PromDuration of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text
        + "' is not a duration such as 30s, 5m or 1h"));
  }

  /** A duration of minutes. */
  public static PromDuration minutes(long minutes) {
    return new PromDuration(minutes * 60_000);
  }

  /** The sum of two durations. */
  public PromDuration plus(PromDuration other) {
    return new PromDuration(millis + other.millis);
  }

  /** The whole minutes, rounded down. */
  public long toMinutes() {
    return millis / 60_000;
  }

  @Override
  public int compareTo(PromDuration other) {
    return Long.compare(millis, other.millis);
  }

  /** The shortest text, such as {@code 1h30m}; {@code 0s} for zero. */
  @Override
  public String toString() {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    long rest = millis;
    for (int i = 0; i < UNITS.length; i++) {
      if (rest >= SIZES[i]) {
        out.append(rest / SIZES[i]).append(UNITS[i]);
        rest %= SIZES[i];
      }
    }
    return out.toString();
  }
}

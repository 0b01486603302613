package dev.devopskit.docs.postmortem;

import dev.devopskit.core.value.DevOpsStyle;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One line of a postmortem's timeline: when (as written, with a time zone: {@code 2024-05-01 14:02 UTC}), what
 * happened, and optionally where it can be seen (a link to a dashboard, a chat message, a deploy).
 *
 * <p>The time is kept as text so that a hand-written timeline without a time zone can be read and reported by
 * {@code postmortem/timeline-order}; {@link #instant()} parses it.
 */
@Value.Immutable
@DevOpsStyle
public abstract class TimelineEntry implements WithTimelineEntry {
  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final Pattern FORM = Pattern.compile(
      "(?:(\\d{4}-\\d{2}-\\d{2})[T ])?(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?|[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)?");

  /** When, as written: {@code 2024-05-01 14:02 UTC}. */
  public abstract String time();

  /** What happened. */
  public abstract String description();

  /** Where it can be seen. */
  public abstract Optional<String> source();

  /** An entry at a zoned time, written as {@code yyyy-MM-dd HH:mm ZONE} ({@code UTC} for offset zero). */
  public static TimelineEntry at(ZonedDateTime time, String description) {
    String zone = time.getZone().normalized().equals(ZoneOffset.UTC) ? "UTC" : time.getZone().getId();
    return builder().time(WRITTEN.format(time) + " " + zone).description(description).build();
  }

  /** An entry at an offset time. */
  public static TimelineEntry at(OffsetDateTime time, String description) {
    return at(time.toZonedDateTime(), description);
  }

  /** Starts an entry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds entries. */
  public static final class Builder extends ImmutableTimelineEntry.Builder {}

  /** Whether the written time names a time zone or an offset. */
  public boolean hasTimeZone() {
    Matcher m = FORM.matcher(time().strip());
    return m.lookingAt() && m.group(3) != null;
  }

  /** The time as an instant, when it has a date, a time and a zone that can be read. */
  public Optional<java.time.Instant> instant() {
    return instant(Optional.empty());
  }

  /**
   * The time as an instant; a time written without a date ({@code 14:02 UTC}) is taken on {@code day} (the
   * incident's date).
   */
  public Optional<java.time.Instant> instant(Optional<java.time.LocalDate> day) {
    Matcher m = FORM.matcher(time().strip());
    if (!m.lookingAt() || m.group(3) == null || (m.group(1) == null && day.isEmpty())) {
      return Optional.empty();
    }
    String date = m.group(1) != null ? m.group(1) : day.get().toString();
    String clock = m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2);
    if (clock.length() == 5) {
      clock = clock + ":00";
    }
    String zone = m.group(3);
    try {
      ZoneId id = switch (zone) {
        case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
        default -> zone.contains("/") ? ZoneId.of(zone) : ZoneOffset.of(zone.length() == 5 && !zone.contains(":")
            ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
      };
      return Optional.of(java.time.LocalDateTime.parse(date + "T" + clock).atZone(id).toInstant());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  @Value.Check
  protected void check() {
    if (time().isBlank() || time().contains("\n") || description().contains("\n")) {
      throw new IllegalArgumentException(
          "timeline entry needs a one-line time and description, got time '" + time() + "'");
    }
  }
}

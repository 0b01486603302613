package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.postmortem.Postmortem;
import dev.devopskit.docs.postmortem.TimelineEntry;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code postmortem/timeline-order}: every timeline time has a time zone, and the entries are in chronological
 * order.
 */
public final class TimelineOrderRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("postmortem/timeline-order", Profile.TRUNK, Severity.WARNING,
      "A postmortem timeline is in chronological order and every time has a time zone");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    Instant previous = null;
    int previousIndex = -1;
    for (int i = 0; i < pm.timeline().size(); i++) {
      TimelineEntry entry = pm.timeline().get(i);
      DocPath path = DocPath.of("timeline").index(i);
      if (!entry.hasTimeZone()) {
        context.report(path.key("time"), "timeline time '" + entry.time() + "' has no time zone",
            "write the zone or offset, like '2024-05-01 14:02 UTC' or '2024-05-01T16:02+02:00'");
        continue;
      }
      Optional<Instant> at = entry.instant(pm.date());
      if (at.isEmpty()) {
        context.report(path.key("time"), "timeline time '" + entry.time() + "' cannot be read as a date and time",
            "write it as 'YYYY-MM-DD HH:MM ZONE', like '2024-05-01 14:02 UTC'");
        continue;
      }
      if (previous != null && at.get().isBefore(previous)) {
        context.report(path, "timeline entry '" + entry.time() + "' is earlier than the entry before it ('"
            + pm.timeline().get(previousIndex).time() + "')", "order the timeline oldest first");
      } else {
        previous = at.get();
        previousIndex = i;
      }
    }
  }
}

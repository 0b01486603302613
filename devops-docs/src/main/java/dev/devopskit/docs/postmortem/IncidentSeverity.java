package dev.devopskit.docs.postmortem;

import java.util.Locale;
import java.util.Optional;

/** How severe an incident was: P1 (most severe) to P3. */
public enum IncidentSeverity {
  /** Major: a core service down or data at risk for many users. */
  P1,
  /** Serious: a core service degraded, or a minor one down. */
  P2,
  /** Minor: limited impact, with a workaround. */
  P3;

  /** Parses {@code P1}, {@code p2}, {@code SEV3}; empty when it is none of them. */
  public static Optional<IncidentSeverity> parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace("SEV-", "P").replace("SEV", "P");
    for (IncidentSeverity s : values()) {
      if (s.name().equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}

package dev.devopskit.core.check;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. Ordered from most to least severe. */
public enum Severity {
  /** Breaks the build or the deployment, or is a security problem: fix before merging. */
  ERROR,
  /** A practice the team agreed on is not followed: fix soon. */
  WARNING,
  /** Worth knowing; no action required. */
  NOTE;

  /** The lower-case name used in files and reports: {@code error}, {@code warning}, {@code note}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The SARIF 2.1.0 level. */
  public String sarifLevel() {
    return this == NOTE ? "note" : label();
  }

  /** Whether this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Parses {@code error}, {@code warning} or {@code note} (any case); empty for anything else. */
  public static Optional<Severity> parse(String text) {
    for (Severity severity : values()) {
      if (severity.label().equalsIgnoreCase(text.trim())) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}

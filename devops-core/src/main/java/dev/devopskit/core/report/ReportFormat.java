package dev.devopskit.core.report;

import java.util.Locale;
import java.util.Optional;

/** The report formats. */
public enum ReportFormat {
  /** {@code file:line:col: severity [rule-id] message}, grouped by file, with a summary line. */
  TEXT,
  /** A JSON document with a summary and every finding. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
  SARIF,
  /** GitHub Actions workflow commands ({@code ::error file=...::message}) that annotate a pull request. */
  GITHUB;

  /** Parses {@code text}, {@code json}, {@code sarif} or {@code github}. */
  public static Optional<ReportFormat> parse(String name) {
    for (ReportFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** The lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

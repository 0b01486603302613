package dev.devopskit.observability.slo;

import dev.devopskit.observability.alerting.PromDuration;

/** The checks threshold alerts share. */
final class ThresholdChecks {
  private ThresholdChecks() {}

  static void durations(String service, String forDuration, String window) {
    if (PromDuration.parse(forDuration).isEmpty() || PromDuration.parse(window).filter(w -> w.millis() > 0)
        .isEmpty()) {
      throw new IllegalArgumentException("'for' (" + forDuration + ") and 'window' (" + window + ") of the alert of '"
          + service + "' must be durations such as 5m or 1h");
    }
  }
}

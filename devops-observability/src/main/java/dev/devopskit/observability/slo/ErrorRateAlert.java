package dev.devopskit.observability.slo;

import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/**
 * A plain threshold alert for teams without SLOs: the error rate is above {@code thresholdPercent} for
 * {@code forDuration}.
 */
@Value.Immutable
@DevOpsStyle
public abstract class ErrorRateAlert implements WithErrorRateAlert {

  /** The service, as its {@code service} label says. */
  public abstract String service();

  /** The error-rate indicator. */
  public abstract Sli sli();

  /** The highest acceptable error rate in percent, such as {@code 5}. */
  public abstract double thresholdPercent();

  /** How long the rate must stay above the threshold. */
  @Value.Default
  public String forDuration() {
    return "10m";
  }

  /** The rate window. */
  @Value.Default
  public String window() {
    return "5m";
  }

  /** The {@code severity} label. */
  @Value.Default
  public String severity() {
    return "critical";
  }

  /** The runbook the alert links to. */
  @Value.Default
  public String runbookUrl() {
    return "docs/devops/runbook.md#" + service() + "-error-rate";
  }

  /** An alert with the default window, duration, severity and runbook. */
  public static ErrorRateAlert of(String service, Sli sli, double thresholdPercent) {
    return builder().service(service).sli(sli).thresholdPercent(thresholdPercent).build();
  }

  /** Starts an alert. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds alerts. */
  public static final class Builder extends ImmutableErrorRateAlert.Builder {}

  @Value.Check
  protected void check() {
    if (sli().kind() != Sli.Kind.ERROR_RATE) {
      throw new IllegalArgumentException("an error-rate alert of '" + service() + "' needs an error-rate SLI");
    }
    if (!(thresholdPercent() > 0 && thresholdPercent() < 100)) {
      throw new IllegalArgumentException("error-rate threshold of '" + service()
          + "' is a percentage above 0 and below 100, not " + thresholdPercent());
    }
    ThresholdChecks.durations(service(), forDuration(), window());
  }
}

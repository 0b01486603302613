package dev.devopskit.observability.slo;

import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/**
 * A plain threshold alert for teams without SLOs: a latency quantile (p95, p99) computed from a histogram is above
 * {@code thresholdSeconds} for {@code forDuration}.
 */
@Value.Immutable
@DevOpsStyle
public abstract class LatencyAlert implements WithLatencyAlert {

  /** The service, as its {@code service} label says. */
  public abstract String service();

  /** Base name of the histogram: {@code http_request_duration_seconds}. */
  public abstract String histogram();

  /** Label matchers that select the service's series, without braces (may be empty). */
  @Value.Default
  public String matchers() {
    return "";
  }

  /** The quantile: {@code 0.95} for p95, {@code 0.99} for p99. */
  @Value.Default
  public double quantile() {
    return 0.95;
  }

  /** The highest acceptable latency at that quantile, in seconds. */
  public abstract double thresholdSeconds();

  /** How long the quantile must stay above the threshold. */
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
    return "warning";
  }

  /** The runbook the alert links to. */
  @Value.Default
  public String runbookUrl() {
    return "docs/devops/runbook.md#" + service() + "-latency";
  }

  /** The quantile as a percentile name: {@code p95}. */
  public String percentile() {
    String digits = java.math.BigDecimal.valueOf(quantile()).movePointRight(2).stripTrailingZeros()
        .toPlainString().replace(".", "_");
    return "p" + digits;
  }

  /** An alert with the default quantile (p95), window, duration, severity and runbook. */
  public static LatencyAlert of(String service, String histogram, String matchers, double thresholdSeconds) {
    return builder().service(service).histogram(histogram).matchers(matchers).thresholdSeconds(thresholdSeconds)
        .build();
  }

  /** Starts an alert. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds alerts. */
  public static final class Builder extends ImmutableLatencyAlert.Builder {}

  @Value.Check
  protected void check() {
    if (!(quantile() > 0.5 && quantile() < 1)) {
      throw new IllegalArgumentException("latency quantile of '" + service()
          + "' is above 0.5 and below 1 (0.95 for p95), not " + quantile());
    }
    if (!(thresholdSeconds() > 0)) {
      throw new IllegalArgumentException("latency threshold of '" + service() + "' is above 0 seconds, not "
          + thresholdSeconds());
    }
    if (histogram().endsWith("_bucket") || histogram().endsWith("_count")) {
      throw new IllegalArgumentException("'histogram' is the base name without _bucket or _count, not '"
          + histogram() + "'");
    }
    ThresholdChecks.durations(service(), forDuration(), window());
  }
}

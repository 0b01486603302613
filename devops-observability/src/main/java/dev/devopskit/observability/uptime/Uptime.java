package dev.devopskit.observability.uptime;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.observability.alerting.PromDuration;
import java.util.List;
import org.immutables.value.Value;

/**
 * Uptime monitoring of a service: a blackbox_exporter HTTP module, the Prometheus scrape job that probes each
 * environment's health URL through it, and alerts on failed probes and on certificates close to expiry.
 *
 * <pre>{@code
 * Uptime uptime = Uptime.of("checkout", List.of(
 *     ProbeTarget.of("staging", "https://staging.example.com/health"),
 *     ProbeTarget.of("production", "https://example.com/health")));
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Uptime implements WithUptime {

  /** The service, as its {@code service} label says. */
  public abstract String service();

  /** The health URLs, one per environment. */
  public abstract List<ProbeTarget> targets();

  /** The blackbox_exporter module name. */
  @Value.Default
  public String module() {
    return "http_2xx";
  }

  /** The HTTP status codes that count as up (empty: any 2xx, the exporter's default). */
  @Value.Default
  public List<Integer> validStatusCodes() {
    return List.of(200);
  }

  /** How long a probe may take. */
  @Value.Default
  public String timeout() {
    return "5s";
  }

  /** Where Prometheus reaches the blackbox exporter. */
  @Value.Default
  public String exporterAddress() {
    return "blackbox-exporter:9115";
  }

  /** The scrape job's name (the {@code job} label of the probe series). */
  @Value.Default
  public String jobName() {
    return "blackbox-" + service();
  }

  /** How often the health URLs are probed. */
  @Value.Default
  public String scrapeInterval() {
    return "30s";
  }

  /** How long probes must fail before the alert fires. */
  @Value.Default
  public String probeFailedFor() {
    return "2m";
  }

  /** Days before a certificate's expiry when the alert fires. */
  @Value.Default
  public int certificateExpiryDays() {
    return 14;
  }

  /** The {@code severity} of the probe-failed alert (certificate expiry is a {@code warning}). */
  @Value.Default
  public String severity() {
    return "critical";
  }

  /** The runbook the alerts link to. */
  @Value.Default
  public String runbookUrl() {
    return "docs/devops/runbook.md#" + service() + "-uptime";
  }

  /** Uptime monitoring with the defaults: http_2xx module, status 200, 5 s timeout, 14 days' certificate notice. */
  public static Uptime of(String service, List<ProbeTarget> targets) {
    return builder().service(service).addAllTargets(targets).build();
  }

  /** Starts a definition. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds definitions. */
  public static final class Builder extends ImmutableUptime.Builder {}

  @Value.Check
  protected void check() {
    if (targets().isEmpty()) {
      throw new IllegalArgumentException("uptime of '" + service() + "' needs at least one health URL");
    }
    for (String duration : List.of(timeout(), scrapeInterval(), probeFailedFor())) {
      if (PromDuration.parse(duration).isEmpty()) {
        throw new IllegalArgumentException("uptime of '" + service() + "': '" + duration
            + "' is not a duration such as 5s or 2m");
      }
    }
    for (int code : validStatusCodes()) {
      if (code < 100 || code > 599) {
        throw new IllegalArgumentException("valid status code " + code + " of '" + service()
            + "' is not an HTTP status (100 to 599)");
      }
    }
    if (certificateExpiryDays() < 1) {
      throw new IllegalArgumentException("certificate notice of '" + service() + "' is at least 1 day");
    }
    if (!module().matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("blackbox module name '" + module() + "' uses letters, digits, '_', '-'");
    }
  }
}

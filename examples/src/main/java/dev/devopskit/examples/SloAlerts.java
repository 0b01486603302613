package dev.devopskit.examples;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.observability.AlertSet;
import dev.devopskit.observability.Prometheus;
import dev.devopskit.observability.slo.LatencyAlert;
import dev.devopskit.observability.slo.Sli;
import dev.devopskit.observability.slo.Slo;
import dev.devopskit.observability.uptime.ProbeTarget;
import dev.devopskit.observability.uptime.Uptime;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the monitoring files of a service from Java values: a 99.9 % availability SLO with burn-rate alerts, a
 * p99 latency alert, and uptime probes of two environments, each alert with promtool unit tests.
 *
 * <pre>
 * java ... dev.devopskit.examples.SloAlerts target/slo-example
 * promtool check rules target/slo-example/monitoring/alerts.yml
 * (cd target/slo-example/monitoring &amp;&amp; promtool test rules alerts.test.yml)
 * </pre>
 */
public final class SloAlerts {
  private SloAlerts() {}

  /** Writes the files under the folder given as the first argument (default {@code target/slo-example}). */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "target/slo-example");
    Uptime probes = Uptime.of("checkout", List.of(
        ProbeTarget.of("staging", "https://staging.example.com/health"),
        ProbeTarget.of("production", "https://example.com/health")));
    List<AlertSet> sets = List.of(
        Prometheus.alerts(Slo.of("checkout", 99.9, Sli.httpRequestsTotal("job=\"checkout\""))),
        Prometheus.alerts(LatencyAlert.builder().service("checkout").histogram("http_request_duration_seconds")
            .matchers("job=\"checkout\"").quantile(0.99).thresholdSeconds(1).build()),
        Prometheus.alerts(probes));
    List<GeneratedFile> files = List.of(
        Prometheus.file(Prometheus.ruleFile(sets), WriteOptions.header(Prometheus.HEADER)),
        Prometheus.file(Prometheus.testFile("alerts.yml", sets), WriteOptions.header(Prometheus.HEADER)),
        GeneratedFile.of(Prometheus.BLACKBOX_FILE, Prometheus.blackboxConfig(List.of(probes))),
        GeneratedFile.of(Prometheus.PROMETHEUS_FILE,
            Prometheus.prometheusConfig(List.of("alerts.yml"), List.of(probes))));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (GeneratedFile file : files) {
      out.println("wrote " + file.write(root));
    }
  }
}

package dev.devopskit.observability;

import dev.devopskit.observability.slo.BurnRateWindow;
import dev.devopskit.observability.slo.ErrorRateAlert;
import dev.devopskit.observability.slo.LatencyAlert;
import dev.devopskit.observability.slo.Sli;
import dev.devopskit.observability.slo.Slo;
import dev.devopskit.observability.uptime.ProbeTarget;
import dev.devopskit.observability.uptime.Uptime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The definitions the generator tests write, by file name. */
final class Examples {
  private Examples() {}

  static Map<String, List<AlertSet>> all() {
    Map<String, List<AlertSet>> out = new LinkedHashMap<>();
    out.put("slo-http-requests", List.of(Prometheus.alerts(
        Slo.of("checkout", 99.9, Sli.httpRequestsTotal("job=\"checkout\"")))));
    out.put("slo-spring", List.of(Prometheus.alerts(Slo.builder().service("billing").objective(99.5).periodDays(28)
        .sli(Sli.httpServerRequests("application=\"billing\"")).build())));
    out.put("slo-good-total", List.of(Prometheus.alerts(Slo.of("search", 99,
        Sli.successRatio("search_requests_total{outcome=\"success\"}", "search_requests_total")))));
    out.put("slo-separate-metrics", List.of(Prometheus.alerts(Slo.of("queue", 99.95,
        Sli.errorRatio("jobs_failed_total{queue=\"mail\"}", "jobs_processed_total{queue=\"mail\"}")))));
    out.put("slo-latency", List.of(Prometheus.alerts(Slo.of("checkout", 99,
        Sli.latency("http_request_duration_seconds", "0.3", "job=\"checkout\"")))));
    out.put("slo-custom-windows", List.of(Prometheus.alerts(Slo.builder().service("api").objective(99.9)
        .sli(Sli.httpRequestsTotal("")).windows(List.of(BurnRateWindow.of("2h", "10m", 10, "critical", "5m"),
            BurnRateWindow.of("2d", "4h", 2, "warning", "30m"))).build())));
    out.put("slo-four-nines", List.of(Prometheus.alerts(Slo.of("payments", 99.99,
        Sli.errorRatio("http_requests_total{job=\"payments\",code=~\"5\\\\d\\\\d|429\"}",
            "http_requests_total{job=\"payments\"}")))));
    out.put("slo-low-objective", List.of(Prometheus.alerts(Slo.builder().service("batch").objective(95)
        .periodDays(28).sli(Sli.httpRequestsTotal("job!=\"test\"")).runbookUrl("https://runbooks.example.com/batch")
        .build())));
    out.put("threshold-error-rate", List.of(Prometheus.alerts(ErrorRateAlert.of("checkout",
        Sli.httpRequestsTotal("job=\"checkout\""), 5))));
    out.put("threshold-latency", List.of(
        Prometheus.alerts(LatencyAlert.of("checkout", "http_request_duration_seconds", "job=\"checkout\"", 0.5)),
        Prometheus.alerts(LatencyAlert.builder().service("checkout").histogram("http_request_duration_seconds")
            .matchers("job=\"checkout\"").quantile(0.99).thresholdSeconds(1.5).forDuration("5m").build())));
    out.put("uptime", List.of(Prometheus.alerts(Uptime.of("checkout", List.of(
        ProbeTarget.of("staging", "https://staging.example.com/health"),
        ProbeTarget.of("production", "https://example.com/health"))))));
    return out;
  }
}

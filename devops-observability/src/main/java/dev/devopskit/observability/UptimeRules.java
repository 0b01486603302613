package dev.devopskit.observability;

import dev.devopskit.observability.alerting.PromDuration;
import dev.devopskit.observability.alerting.PrometheusRule;
import dev.devopskit.observability.alerting.RuleGroup;
import dev.devopskit.observability.ruletest.AlertTestCase;
import dev.devopskit.observability.ruletest.ExpectedAlert;
import dev.devopskit.observability.ruletest.InputSeries;
import dev.devopskit.observability.ruletest.RuleTestGroup;
import dev.devopskit.observability.uptime.ProbeTarget;
import dev.devopskit.observability.uptime.Uptime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Alerts on failed probes and expiring certificates, and their unit tests. */
final class UptimeRules {
  private static final String CERTIFICATE_FOR = "10m";

  private UptimeRules() {}

  static AlertSet of(Uptime uptime) {
    String service = AlertText.pascal(uptime.service());
    String job = "{job=\"" + uptime.jobName() + "\"}";
    Map<String, String> failedAnnotations = new LinkedHashMap<>();
    failedAnnotations.put("summary", "Health check of " + uptime.service() + " in {{ $labels.environment }} fails");
    failedAnnotations.put("description", "The blackbox exporter got no valid answer from {{ $labels.instance }} for "
        + uptime.probeFailedFor() + ".");
    failedAnnotations.put("runbook_url", uptime.runbookUrl());
    PrometheusRule failed = PrometheusRule.builder().alert(service + "ProbeFailed")
        .expr("probe_success" + job + " == 0").forDuration(uptime.probeFailedFor())
        .putAllLabels(labels(uptime.severity(), uptime.service())).putAllAnnotations(failedAnnotations).build();
    Map<String, String> certificateAnnotations = new LinkedHashMap<>();
    certificateAnnotations.put("summary", "TLS certificate of " + uptime.service()
        + " in {{ $labels.environment }} expires soon");
    certificateAnnotations.put("description", "The certificate served at {{ $labels.instance }} expires in less than "
        + uptime.certificateExpiryDays() + " days; renew it.");
    certificateAnnotations.put("runbook_url", uptime.runbookUrl());
    PrometheusRule certificate = PrometheusRule.builder().alert(service + "CertificateExpiresSoon")
        .expr("probe_ssl_earliest_cert_expiry" + job + " - time() < " + uptime.certificateExpiryDays() + " * 86400")
        .forDuration(CERTIFICATE_FOR).putAllLabels(labels("warning", uptime.service()))
        .putAllAnnotations(certificateAnnotations).build();
    RuleGroup group = RuleGroup.of("uptime-" + uptime.service(), List.of(failed, certificate));

    long fire = PromDuration.of(uptime.probeFailedFor()).toMinutes() + 10;
    long certificateFire = PromDuration.of(CERTIFICATE_FOR).toMinutes() + 10;
    long soon = uptime.certificateExpiryDays() * 86_400L / 2;
    long later = (uptime.certificateExpiryDays() + 30) * 86_400L;
    List<RuleTestGroup> tests = List.of(
        RuleTestGroup.builder().name(failed.name() + " stays quiet while every probe succeeds")
            .addAllInputSeries(series(uptime, "probe_success", "1x" + fire))
            .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(fire).toString(), failed.name())).build(),
        RuleTestGroup.builder().name(failed.name() + " fires while probes fail and stops when they succeed")
            .addAllInputSeries(series(uptime, "probe_success", "0x" + fire + " 1x5"))
            .addAlertRuleTests(AlertTestCase.firing(PromDuration.minutes(fire).toString(), failed.name(),
                expected(uptime, failed)))
            .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(fire + 5).toString(), failed.name())).build(),
        RuleTestGroup.builder().name(certificate.name() + " stays quiet while certificates are valid for long")
            .addAllInputSeries(series(uptime, "probe_ssl_earliest_cert_expiry", later + "x" + certificateFire))
            .addAlertRuleTests(AlertTestCase.quiet(PromDuration.minutes(certificateFire).toString(),
                certificate.name())).build(),
        RuleTestGroup.builder().name(certificate.name() + " fires when a certificate expires within the notice")
            .addAllInputSeries(series(uptime, "probe_ssl_earliest_cert_expiry", soon + "x" + certificateFire))
            .addAlertRuleTests(AlertTestCase.firing(PromDuration.minutes(certificateFire).toString(),
                certificate.name(), expected(uptime, certificate))).build());
    return AlertSet.of(group, tests);
  }

  /** The labels a probe series of a target carries, as the generated scrape job sets them. */
  static Map<String, String> targetLabels(Uptime uptime, ProbeTarget target) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("environment", target.environment());
    labels.put("instance", target.url());
    labels.put("job", uptime.jobName());
    labels.put("service", uptime.service());
    return labels;
  }

  private static List<InputSeries> series(Uptime uptime, String metric, String values) {
    List<InputSeries> out = new ArrayList<>();
    for (ProbeTarget target : uptime.targets()) {
      out.add(InputSeries.of(Selector.series(metric, targetLabels(uptime, target)), values));
    }
    return out;
  }

  private static List<ExpectedAlert> expected(Uptime uptime, PrometheusRule alert) {
    List<ExpectedAlert> out = new ArrayList<>();
    for (ProbeTarget target : uptime.targets()) {
      Map<String, String> labels = targetLabels(uptime, target);
      labels.putAll(alert.labels());
      Map<String, String> annotations = new LinkedHashMap<>();
      alert.annotations().forEach((k, v) -> annotations.put(k, AlertText.expand(v, labels)));
      out.add(ExpectedAlert.builder().putAllLabels(labels).putAllAnnotations(annotations).build());
    }
    return out;
  }

  private static Map<String, String> labels(String severity, String service) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("severity", severity);
    labels.put("service", service);
    return labels;
  }
}

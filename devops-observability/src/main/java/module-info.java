/**
 * devops-observability: SLOs and alerts as Prometheus rule files with promtool unit tests, uptime probes with
 * blackbox_exporter, and the reader and rules of Prometheus rule files. Entry point:
 * {@link dev.devopskit.observability.Prometheus}.
 */
module dev.devopskit.observability {
  requires static org.immutables.value.annotations;
  requires transitive dev.devopskit.core;

  exports dev.devopskit.observability;
  exports dev.devopskit.observability.alerting;
  exports dev.devopskit.observability.slo;
  exports dev.devopskit.observability.uptime;
  exports dev.devopskit.observability.ruletest;
  exports dev.devopskit.observability.rules;

  provides dev.devopskit.core.format.Format with dev.devopskit.observability.PrometheusRulesFormat;
}
